// @ts-self-types="./ipc.d.ts"
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const atlas = $root.atlas = (() => {

    /**
     * Namespace atlas.
     * @exports atlas
     * @namespace
     */
    const atlas = {};

    atlas.ipc = (function() {

        /**
         * Namespace ipc.
         * @memberof atlas
         * @namespace
         */
        const ipc = {};

        ipc.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} atlas.ipc.Request.$Properties
             * @property {number|Long|null} [id] Request id
             * @property {atlas.ipc.StartServerRequest.$Properties|null} [startServer] Request startServer
             * @property {atlas.ipc.StopServerRequest.$Properties|null} [stopServer] Request stopServer
             * @property {atlas.ipc.GetStatusRequest.$Properties|null} [getStatus] Request getStatus
             * @property {atlas.ipc.SendCommandRequest.$Properties|null} [sendCommand] Request sendCommand
             * @property {atlas.ipc.GetLogsRequest.$Properties|null} [getLogs] Request getLogs
             * @property {atlas.ipc.CreateBackupRequest.$Properties|null} [createBackup] Request createBackup
             * @property {atlas.ipc.ListBackupsRequest.$Properties|null} [listBackups] Request listBackups
             * @property {atlas.ipc.RestoreBackupRequest.$Properties|null} [restoreBackup] Request restoreBackup
             * @property {atlas.ipc.UpdateServerRequest.$Properties|null} [updateServer] Request updateServer
             * @property {atlas.ipc.GetConfigRequest.$Properties|null} [getConfig] Request getConfig
             * @property {atlas.ipc.SetConfigRequest.$Properties|null} [setConfig] Request setConfig
             * @property {atlas.ipc.GetMetricsRequest.$Properties|null} [getMetrics] Request getMetrics
             * @property {"startServer"|"stopServer"|"getStatus"|"sendCommand"|"getLogs"|"createBackup"|"listBackups"|"restoreBackup"|"updateServer"|"getConfig"|"setConfig"|"getMetrics"} [payload] Request payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof atlas.ipc
             * @interface IRequest
             * @augments atlas.ipc.Request.$Properties
             * @deprecated Use atlas.ipc.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   id?: number|Long|null;
             *   startServer?: atlas.ipc.StartServerRequest.$Shape|null;
             *   stopServer?: atlas.ipc.StopServerRequest.$Shape|null;
             *   getStatus?: atlas.ipc.GetStatusRequest.$Shape|null;
             *   sendCommand?: atlas.ipc.SendCommandRequest.$Shape|null;
             *   getLogs?: atlas.ipc.GetLogsRequest.$Shape|null;
             *   createBackup?: atlas.ipc.CreateBackupRequest.$Shape|null;
             *   listBackups?: atlas.ipc.ListBackupsRequest.$Shape|null;
             *   restoreBackup?: atlas.ipc.RestoreBackupRequest.$Shape|null;
             *   updateServer?: atlas.ipc.UpdateServerRequest.$Shape|null;
             *   getConfig?: atlas.ipc.GetConfigRequest.$Shape|null;
             *   setConfig?: atlas.ipc.SetConfigRequest.$Shape|null;
             *   getMetrics?: atlas.ipc.GetMetricsRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ payload?: undefined; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "startServer"; startServer: atlas.ipc.StartServerRequest.$Shape; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "stopServer"; startServer?: null; stopServer: atlas.ipc.StopServerRequest.$Shape; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "getStatus"; startServer?: null; stopServer?: null; getStatus: atlas.ipc.GetStatusRequest.$Shape; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "sendCommand"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand: atlas.ipc.SendCommandRequest.$Shape; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "getLogs"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs: atlas.ipc.GetLogsRequest.$Shape; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "createBackup"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup: atlas.ipc.CreateBackupRequest.$Shape; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "listBackups"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups: atlas.ipc.ListBackupsRequest.$Shape; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "restoreBackup"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup: atlas.ipc.RestoreBackupRequest.$Shape; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "updateServer"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer: atlas.ipc.UpdateServerRequest.$Shape; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "getConfig"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig: atlas.ipc.GetConfigRequest.$Shape; setConfig?: null; getMetrics?: null }|{ payload?: "setConfig"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig: atlas.ipc.SetConfigRequest.$Shape; getMetrics?: null }|{ payload?: "getMetrics"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics: atlas.ipc.GetMetricsRequest.$Shape })
             * )} atlas.ipc.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof atlas.ipc
             * @classdesc Represents a Request.
             * @constructor
             * @param {atlas.ipc.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request id.
             * @member {number|Long} id
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Request startServer.
             * @member {atlas.ipc.StartServerRequest.$Properties|null|undefined} startServer
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.startServer = null;

            /**
             * Request stopServer.
             * @member {atlas.ipc.StopServerRequest.$Properties|null|undefined} stopServer
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.stopServer = null;

            /**
             * Request getStatus.
             * @member {atlas.ipc.GetStatusRequest.$Properties|null|undefined} getStatus
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.getStatus = null;

            /**
             * Request sendCommand.
             * @member {atlas.ipc.SendCommandRequest.$Properties|null|undefined} sendCommand
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.sendCommand = null;

            /**
             * Request getLogs.
             * @member {atlas.ipc.GetLogsRequest.$Properties|null|undefined} getLogs
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.getLogs = null;

            /**
             * Request createBackup.
             * @member {atlas.ipc.CreateBackupRequest.$Properties|null|undefined} createBackup
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.createBackup = null;

            /**
             * Request listBackups.
             * @member {atlas.ipc.ListBackupsRequest.$Properties|null|undefined} listBackups
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.listBackups = null;

            /**
             * Request restoreBackup.
             * @member {atlas.ipc.RestoreBackupRequest.$Properties|null|undefined} restoreBackup
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.restoreBackup = null;

            /**
             * Request updateServer.
             * @member {atlas.ipc.UpdateServerRequest.$Properties|null|undefined} updateServer
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.updateServer = null;

            /**
             * Request getConfig.
             * @member {atlas.ipc.GetConfigRequest.$Properties|null|undefined} getConfig
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.getConfig = null;

            /**
             * Request setConfig.
             * @member {atlas.ipc.SetConfigRequest.$Properties|null|undefined} setConfig
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.setConfig = null;

            /**
             * Request getMetrics.
             * @member {atlas.ipc.GetMetricsRequest.$Properties|null|undefined} getMetrics
             * @memberof atlas.ipc.Request
             * @instance
             */
            Request.prototype.getMetrics = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Request payload.
             * @member {"startServer"|"stopServer"|"getStatus"|"sendCommand"|"getLogs"|"createBackup"|"listBackups"|"restoreBackup"|"updateServer"|"getConfig"|"setConfig"|"getMetrics"|undefined} payload
             * @memberof atlas.ipc.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["startServer", "stopServer", "getStatus", "sendCommand", "getLogs", "createBackup", "listBackups", "restoreBackup", "updateServer", "getConfig", "setConfig", "getMetrics"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.Request
             * @static
             * @param {atlas.ipc.Request.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.Request} Request instance
             * @type {{
             *   (properties: atlas.ipc.Request.$Shape): atlas.ipc.Request & atlas.ipc.Request.$Shape;
             *   (properties?: atlas.ipc.Request.$Properties): atlas.ipc.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link atlas.ipc.Request.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.Request
             * @static
             * @param {atlas.ipc.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.startServer != null && $Object.hasOwnProperty.call(message, "startServer"))
                    $root.atlas.ipc.StartServerRequest.encode(message.startServer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.stopServer != null && $Object.hasOwnProperty.call(message, "stopServer"))
                    $root.atlas.ipc.StopServerRequest.encode(message.stopServer, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.getStatus != null && $Object.hasOwnProperty.call(message, "getStatus"))
                    $root.atlas.ipc.GetStatusRequest.encode(message.getStatus, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.sendCommand != null && $Object.hasOwnProperty.call(message, "sendCommand"))
                    $root.atlas.ipc.SendCommandRequest.encode(message.sendCommand, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.getLogs != null && $Object.hasOwnProperty.call(message, "getLogs"))
                    $root.atlas.ipc.GetLogsRequest.encode(message.getLogs, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.createBackup != null && $Object.hasOwnProperty.call(message, "createBackup"))
                    $root.atlas.ipc.CreateBackupRequest.encode(message.createBackup, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.listBackups != null && $Object.hasOwnProperty.call(message, "listBackups"))
                    $root.atlas.ipc.ListBackupsRequest.encode(message.listBackups, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.restoreBackup != null && $Object.hasOwnProperty.call(message, "restoreBackup"))
                    $root.atlas.ipc.RestoreBackupRequest.encode(message.restoreBackup, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.updateServer != null && $Object.hasOwnProperty.call(message, "updateServer"))
                    $root.atlas.ipc.UpdateServerRequest.encode(message.updateServer, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.getConfig != null && $Object.hasOwnProperty.call(message, "getConfig"))
                    $root.atlas.ipc.GetConfigRequest.encode(message.getConfig, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.setConfig != null && $Object.hasOwnProperty.call(message, "setConfig"))
                    $root.atlas.ipc.SetConfigRequest.encode(message.setConfig, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.getMetrics != null && $Object.hasOwnProperty.call(message, "getMetrics"))
                    $root.atlas.ipc.GetMetricsRequest.encode(message.getMetrics, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Request message, length delimited. Does not implicitly {@link atlas.ipc.Request.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.Request
             * @static
             * @param {atlas.ipc.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.Request & atlas.ipc.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.Request();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.startServer = $root.atlas.ipc.StartServerRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.startServer);
                            message.payload = "startServer";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.stopServer = $root.atlas.ipc.StopServerRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.stopServer);
                            message.payload = "stopServer";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.getStatus = $root.atlas.ipc.GetStatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getStatus);
                            message.payload = "getStatus";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.sendCommand = $root.atlas.ipc.SendCommandRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.sendCommand);
                            message.payload = "sendCommand";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.getLogs = $root.atlas.ipc.GetLogsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getLogs);
                            message.payload = "getLogs";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.createBackup = $root.atlas.ipc.CreateBackupRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.createBackup);
                            message.payload = "createBackup";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.listBackups = $root.atlas.ipc.ListBackupsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listBackups);
                            message.payload = "listBackups";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.restoreBackup = $root.atlas.ipc.RestoreBackupRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.restoreBackup);
                            message.payload = "restoreBackup";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.updateServer = $root.atlas.ipc.UpdateServerRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.updateServer);
                            message.payload = "updateServer";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.getConfig = $root.atlas.ipc.GetConfigRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getConfig);
                            message.payload = "getConfig";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.setConfig = $root.atlas.ipc.SetConfigRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.setConfig);
                            message.payload = "setConfig";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.getMetrics = $root.atlas.ipc.GetMetricsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getMetrics);
                            message.payload = "getMetrics";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Request message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.Request & atlas.ipc.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Request message.
             * @function verify
             * @memberof atlas.ipc.Request
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Request.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                        return "id: integer|Long expected";
                if (message.startServer != null && $Object.hasOwnProperty.call(message, "startServer")) {
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.StartServerRequest.verify(message.startServer, _depth + 1);
                        if (error)
                            return "startServer." + error;
                    }
                }
                if (message.stopServer != null && $Object.hasOwnProperty.call(message, "stopServer")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.StopServerRequest.verify(message.stopServer, _depth + 1);
                        if (error)
                            return "stopServer." + error;
                    }
                }
                if (message.getStatus != null && $Object.hasOwnProperty.call(message, "getStatus")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.GetStatusRequest.verify(message.getStatus, _depth + 1);
                        if (error)
                            return "getStatus." + error;
                    }
                }
                if (message.sendCommand != null && $Object.hasOwnProperty.call(message, "sendCommand")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.SendCommandRequest.verify(message.sendCommand, _depth + 1);
                        if (error)
                            return "sendCommand." + error;
                    }
                }
                if (message.getLogs != null && $Object.hasOwnProperty.call(message, "getLogs")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.GetLogsRequest.verify(message.getLogs, _depth + 1);
                        if (error)
                            return "getLogs." + error;
                    }
                }
                if (message.createBackup != null && $Object.hasOwnProperty.call(message, "createBackup")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.CreateBackupRequest.verify(message.createBackup, _depth + 1);
                        if (error)
                            return "createBackup." + error;
                    }
                }
                if (message.listBackups != null && $Object.hasOwnProperty.call(message, "listBackups")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.ListBackupsRequest.verify(message.listBackups, _depth + 1);
                        if (error)
                            return "listBackups." + error;
                    }
                }
                if (message.restoreBackup != null && $Object.hasOwnProperty.call(message, "restoreBackup")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.RestoreBackupRequest.verify(message.restoreBackup, _depth + 1);
                        if (error)
                            return "restoreBackup." + error;
                    }
                }
                if (message.updateServer != null && $Object.hasOwnProperty.call(message, "updateServer")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.UpdateServerRequest.verify(message.updateServer, _depth + 1);
                        if (error)
                            return "updateServer." + error;
                    }
                }
                if (message.getConfig != null && $Object.hasOwnProperty.call(message, "getConfig")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.GetConfigRequest.verify(message.getConfig, _depth + 1);
                        if (error)
                            return "getConfig." + error;
                    }
                }
                if (message.setConfig != null && $Object.hasOwnProperty.call(message, "setConfig")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.SetConfigRequest.verify(message.setConfig, _depth + 1);
                        if (error)
                            return "setConfig." + error;
                    }
                }
                if (message.getMetrics != null && $Object.hasOwnProperty.call(message, "getMetrics")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.GetMetricsRequest.verify(message.getMetrics, _depth + 1);
                        if (error)
                            return "getMetrics." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.Request
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.Request} Request
             */
            Request.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.Request)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.Request: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.Request();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.startServer != null) {
                    if (!$util.isObject(object.startServer))
                        throw $TypeError(".atlas.ipc.Request.startServer: object expected");
                    message.startServer = $root.atlas.ipc.StartServerRequest.fromObject(object.startServer, _depth + 1);
                }
                if (object.stopServer != null) {
                    if (!$util.isObject(object.stopServer))
                        throw $TypeError(".atlas.ipc.Request.stopServer: object expected");
                    message.stopServer = $root.atlas.ipc.StopServerRequest.fromObject(object.stopServer, _depth + 1);
                }
                if (object.getStatus != null) {
                    if (!$util.isObject(object.getStatus))
                        throw $TypeError(".atlas.ipc.Request.getStatus: object expected");
                    message.getStatus = $root.atlas.ipc.GetStatusRequest.fromObject(object.getStatus, _depth + 1);
                }
                if (object.sendCommand != null) {
                    if (!$util.isObject(object.sendCommand))
                        throw $TypeError(".atlas.ipc.Request.sendCommand: object expected");
                    message.sendCommand = $root.atlas.ipc.SendCommandRequest.fromObject(object.sendCommand, _depth + 1);
                }
                if (object.getLogs != null) {
                    if (!$util.isObject(object.getLogs))
                        throw $TypeError(".atlas.ipc.Request.getLogs: object expected");
                    message.getLogs = $root.atlas.ipc.GetLogsRequest.fromObject(object.getLogs, _depth + 1);
                }
                if (object.createBackup != null) {
                    if (!$util.isObject(object.createBackup))
                        throw $TypeError(".atlas.ipc.Request.createBackup: object expected");
                    message.createBackup = $root.atlas.ipc.CreateBackupRequest.fromObject(object.createBackup, _depth + 1);
                }
                if (object.listBackups != null) {
                    if (!$util.isObject(object.listBackups))
                        throw $TypeError(".atlas.ipc.Request.listBackups: object expected");
                    message.listBackups = $root.atlas.ipc.ListBackupsRequest.fromObject(object.listBackups, _depth + 1);
                }
                if (object.restoreBackup != null) {
                    if (!$util.isObject(object.restoreBackup))
                        throw $TypeError(".atlas.ipc.Request.restoreBackup: object expected");
                    message.restoreBackup = $root.atlas.ipc.RestoreBackupRequest.fromObject(object.restoreBackup, _depth + 1);
                }
                if (object.updateServer != null) {
                    if (!$util.isObject(object.updateServer))
                        throw $TypeError(".atlas.ipc.Request.updateServer: object expected");
                    message.updateServer = $root.atlas.ipc.UpdateServerRequest.fromObject(object.updateServer, _depth + 1);
                }
                if (object.getConfig != null) {
                    if (!$util.isObject(object.getConfig))
                        throw $TypeError(".atlas.ipc.Request.getConfig: object expected");
                    message.getConfig = $root.atlas.ipc.GetConfigRequest.fromObject(object.getConfig, _depth + 1);
                }
                if (object.setConfig != null) {
                    if (!$util.isObject(object.setConfig))
                        throw $TypeError(".atlas.ipc.Request.setConfig: object expected");
                    message.setConfig = $root.atlas.ipc.SetConfigRequest.fromObject(object.setConfig, _depth + 1);
                }
                if (object.getMetrics != null) {
                    if (!$util.isObject(object.getMetrics))
                        throw $TypeError(".atlas.ipc.Request.getMetrics: object expected");
                    message.getMetrics = $root.atlas.ipc.GetMetricsRequest.fromObject(object.getMetrics, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.Request
             * @static
             * @param {atlas.ipc.Request} message Request
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Request.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.startServer != null && $Object.hasOwnProperty.call(message, "startServer")) {
                    object.startServer = $root.atlas.ipc.StartServerRequest.toObject(message.startServer, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "startServer";
                }
                if (message.stopServer != null && $Object.hasOwnProperty.call(message, "stopServer")) {
                    object.stopServer = $root.atlas.ipc.StopServerRequest.toObject(message.stopServer, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "stopServer";
                }
                if (message.getStatus != null && $Object.hasOwnProperty.call(message, "getStatus")) {
                    object.getStatus = $root.atlas.ipc.GetStatusRequest.toObject(message.getStatus, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "getStatus";
                }
                if (message.sendCommand != null && $Object.hasOwnProperty.call(message, "sendCommand")) {
                    object.sendCommand = $root.atlas.ipc.SendCommandRequest.toObject(message.sendCommand, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "sendCommand";
                }
                if (message.getLogs != null && $Object.hasOwnProperty.call(message, "getLogs")) {
                    object.getLogs = $root.atlas.ipc.GetLogsRequest.toObject(message.getLogs, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "getLogs";
                }
                if (message.createBackup != null && $Object.hasOwnProperty.call(message, "createBackup")) {
                    object.createBackup = $root.atlas.ipc.CreateBackupRequest.toObject(message.createBackup, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "createBackup";
                }
                if (message.listBackups != null && $Object.hasOwnProperty.call(message, "listBackups")) {
                    object.listBackups = $root.atlas.ipc.ListBackupsRequest.toObject(message.listBackups, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "listBackups";
                }
                if (message.restoreBackup != null && $Object.hasOwnProperty.call(message, "restoreBackup")) {
                    object.restoreBackup = $root.atlas.ipc.RestoreBackupRequest.toObject(message.restoreBackup, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "restoreBackup";
                }
                if (message.updateServer != null && $Object.hasOwnProperty.call(message, "updateServer")) {
                    object.updateServer = $root.atlas.ipc.UpdateServerRequest.toObject(message.updateServer, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "updateServer";
                }
                if (message.getConfig != null && $Object.hasOwnProperty.call(message, "getConfig")) {
                    object.getConfig = $root.atlas.ipc.GetConfigRequest.toObject(message.getConfig, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "getConfig";
                }
                if (message.setConfig != null && $Object.hasOwnProperty.call(message, "setConfig")) {
                    object.setConfig = $root.atlas.ipc.SetConfigRequest.toObject(message.setConfig, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "setConfig";
                }
                if (message.getMetrics != null && $Object.hasOwnProperty.call(message, "getMetrics")) {
                    object.getMetrics = $root.atlas.ipc.GetMetricsRequest.toObject(message.getMetrics, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "getMetrics";
                }
                return object;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof atlas.ipc.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof atlas.ipc.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.Request";
            };

            return Request;
        })();

        ipc.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} atlas.ipc.Response.$Properties
             * @property {number|Long|null} [id] Response id
             * @property {atlas.ipc.StartServerResponse.$Properties|null} [startServer] Response startServer
             * @property {atlas.ipc.StopServerResponse.$Properties|null} [stopServer] Response stopServer
             * @property {atlas.ipc.GetStatusResponse.$Properties|null} [getStatus] Response getStatus
             * @property {atlas.ipc.SendCommandResponse.$Properties|null} [sendCommand] Response sendCommand
             * @property {atlas.ipc.GetLogsResponse.$Properties|null} [getLogs] Response getLogs
             * @property {atlas.ipc.CreateBackupResponse.$Properties|null} [createBackup] Response createBackup
             * @property {atlas.ipc.ListBackupsResponse.$Properties|null} [listBackups] Response listBackups
             * @property {atlas.ipc.RestoreBackupResponse.$Properties|null} [restoreBackup] Response restoreBackup
             * @property {atlas.ipc.UpdateServerResponse.$Properties|null} [updateServer] Response updateServer
             * @property {atlas.ipc.GetConfigResponse.$Properties|null} [getConfig] Response getConfig
             * @property {atlas.ipc.SetConfigResponse.$Properties|null} [setConfig] Response setConfig
             * @property {atlas.ipc.ErrorResponse.$Properties|null} [error] Response error
             * @property {atlas.ipc.GetMetricsResponse.$Properties|null} [getMetrics] Response getMetrics
             * @property {"startServer"|"stopServer"|"getStatus"|"sendCommand"|"getLogs"|"createBackup"|"listBackups"|"restoreBackup"|"updateServer"|"getConfig"|"setConfig"|"error"|"getMetrics"} [payload] Response payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof atlas.ipc
             * @interface IResponse
             * @augments atlas.ipc.Response.$Properties
             * @deprecated Use atlas.ipc.Response.$Properties instead.
             */

            /**
             * Narrowed shape of a Response.
             * @typedef {{
             *   id?: number|Long|null;
             *   startServer?: atlas.ipc.StartServerResponse.$Shape|null;
             *   stopServer?: atlas.ipc.StopServerResponse.$Shape|null;
             *   getStatus?: atlas.ipc.GetStatusResponse.$Shape|null;
             *   sendCommand?: atlas.ipc.SendCommandResponse.$Shape|null;
             *   getLogs?: atlas.ipc.GetLogsResponse.$Shape|null;
             *   createBackup?: atlas.ipc.CreateBackupResponse.$Shape|null;
             *   listBackups?: atlas.ipc.ListBackupsResponse.$Shape|null;
             *   restoreBackup?: atlas.ipc.RestoreBackupResponse.$Shape|null;
             *   updateServer?: atlas.ipc.UpdateServerResponse.$Shape|null;
             *   getConfig?: atlas.ipc.GetConfigResponse.$Shape|null;
             *   setConfig?: atlas.ipc.SetConfigResponse.$Shape|null;
             *   error?: atlas.ipc.ErrorResponse.$Shape|null;
             *   getMetrics?: atlas.ipc.GetMetricsResponse.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ payload?: undefined; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "startServer"; startServer: atlas.ipc.StartServerResponse.$Shape; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "stopServer"; startServer?: null; stopServer: atlas.ipc.StopServerResponse.$Shape; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "getStatus"; startServer?: null; stopServer?: null; getStatus: atlas.ipc.GetStatusResponse.$Shape; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "sendCommand"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand: atlas.ipc.SendCommandResponse.$Shape; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "getLogs"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs: atlas.ipc.GetLogsResponse.$Shape; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "createBackup"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup: atlas.ipc.CreateBackupResponse.$Shape; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "listBackups"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups: atlas.ipc.ListBackupsResponse.$Shape; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "restoreBackup"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup: atlas.ipc.RestoreBackupResponse.$Shape; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "updateServer"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer: atlas.ipc.UpdateServerResponse.$Shape; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "getConfig"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig: atlas.ipc.GetConfigResponse.$Shape; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "setConfig"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig: atlas.ipc.SetConfigResponse.$Shape; error?: null; getMetrics?: null }|{ payload?: "error"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error: atlas.ipc.ErrorResponse.$Shape; getMetrics?: null }|{ payload?: "getMetrics"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics: atlas.ipc.GetMetricsResponse.$Shape })
             * )} atlas.ipc.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof atlas.ipc
             * @classdesc Represents a Response.
             * @constructor
             * @param {atlas.ipc.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response id.
             * @member {number|Long} id
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Response startServer.
             * @member {atlas.ipc.StartServerResponse.$Properties|null|undefined} startServer
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.startServer = null;

            /**
             * Response stopServer.
             * @member {atlas.ipc.StopServerResponse.$Properties|null|undefined} stopServer
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.stopServer = null;

            /**
             * Response getStatus.
             * @member {atlas.ipc.GetStatusResponse.$Properties|null|undefined} getStatus
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.getStatus = null;

            /**
             * Response sendCommand.
             * @member {atlas.ipc.SendCommandResponse.$Properties|null|undefined} sendCommand
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.sendCommand = null;

            /**
             * Response getLogs.
             * @member {atlas.ipc.GetLogsResponse.$Properties|null|undefined} getLogs
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.getLogs = null;

            /**
             * Response createBackup.
             * @member {atlas.ipc.CreateBackupResponse.$Properties|null|undefined} createBackup
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.createBackup = null;

            /**
             * Response listBackups.
             * @member {atlas.ipc.ListBackupsResponse.$Properties|null|undefined} listBackups
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.listBackups = null;

            /**
             * Response restoreBackup.
             * @member {atlas.ipc.RestoreBackupResponse.$Properties|null|undefined} restoreBackup
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.restoreBackup = null;

            /**
             * Response updateServer.
             * @member {atlas.ipc.UpdateServerResponse.$Properties|null|undefined} updateServer
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.updateServer = null;

            /**
             * Response getConfig.
             * @member {atlas.ipc.GetConfigResponse.$Properties|null|undefined} getConfig
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.getConfig = null;

            /**
             * Response setConfig.
             * @member {atlas.ipc.SetConfigResponse.$Properties|null|undefined} setConfig
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.setConfig = null;

            /**
             * Response error.
             * @member {atlas.ipc.ErrorResponse.$Properties|null|undefined} error
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.error = null;

            /**
             * Response getMetrics.
             * @member {atlas.ipc.GetMetricsResponse.$Properties|null|undefined} getMetrics
             * @memberof atlas.ipc.Response
             * @instance
             */
            Response.prototype.getMetrics = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Response payload.
             * @member {"startServer"|"stopServer"|"getStatus"|"sendCommand"|"getLogs"|"createBackup"|"listBackups"|"restoreBackup"|"updateServer"|"getConfig"|"setConfig"|"error"|"getMetrics"|undefined} payload
             * @memberof atlas.ipc.Response
             * @instance
             */
            $Object.defineProperty(Response.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["startServer", "stopServer", "getStatus", "sendCommand", "getLogs", "createBackup", "listBackups", "restoreBackup", "updateServer", "getConfig", "setConfig", "error", "getMetrics"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.Response
             * @static
             * @param {atlas.ipc.Response.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.Response} Response instance
             * @type {{
             *   (properties: atlas.ipc.Response.$Shape): atlas.ipc.Response & atlas.ipc.Response.$Shape;
             *   (properties?: atlas.ipc.Response.$Properties): atlas.ipc.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link atlas.ipc.Response.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.Response
             * @static
             * @param {atlas.ipc.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.startServer != null && $Object.hasOwnProperty.call(message, "startServer"))
                    $root.atlas.ipc.StartServerResponse.encode(message.startServer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.stopServer != null && $Object.hasOwnProperty.call(message, "stopServer"))
                    $root.atlas.ipc.StopServerResponse.encode(message.stopServer, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.getStatus != null && $Object.hasOwnProperty.call(message, "getStatus"))
                    $root.atlas.ipc.GetStatusResponse.encode(message.getStatus, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.sendCommand != null && $Object.hasOwnProperty.call(message, "sendCommand"))
                    $root.atlas.ipc.SendCommandResponse.encode(message.sendCommand, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.getLogs != null && $Object.hasOwnProperty.call(message, "getLogs"))
                    $root.atlas.ipc.GetLogsResponse.encode(message.getLogs, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.createBackup != null && $Object.hasOwnProperty.call(message, "createBackup"))
                    $root.atlas.ipc.CreateBackupResponse.encode(message.createBackup, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.listBackups != null && $Object.hasOwnProperty.call(message, "listBackups"))
                    $root.atlas.ipc.ListBackupsResponse.encode(message.listBackups, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.restoreBackup != null && $Object.hasOwnProperty.call(message, "restoreBackup"))
                    $root.atlas.ipc.RestoreBackupResponse.encode(message.restoreBackup, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.updateServer != null && $Object.hasOwnProperty.call(message, "updateServer"))
                    $root.atlas.ipc.UpdateServerResponse.encode(message.updateServer, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.getConfig != null && $Object.hasOwnProperty.call(message, "getConfig"))
                    $root.atlas.ipc.GetConfigResponse.encode(message.getConfig, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.setConfig != null && $Object.hasOwnProperty.call(message, "setConfig"))
                    $root.atlas.ipc.SetConfigResponse.encode(message.setConfig, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.atlas.ipc.ErrorResponse.encode(message.error, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.getMetrics != null && $Object.hasOwnProperty.call(message, "getMetrics"))
                    $root.atlas.ipc.GetMetricsResponse.encode(message.getMetrics, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Response message, length delimited. Does not implicitly {@link atlas.ipc.Response.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.Response
             * @static
             * @param {atlas.ipc.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.Response & atlas.ipc.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.Response();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.startServer = $root.atlas.ipc.StartServerResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.startServer);
                            message.payload = "startServer";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.stopServer = $root.atlas.ipc.StopServerResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.stopServer);
                            message.payload = "stopServer";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.getStatus = $root.atlas.ipc.GetStatusResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.getStatus);
                            message.payload = "getStatus";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.sendCommand = $root.atlas.ipc.SendCommandResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.sendCommand);
                            message.payload = "sendCommand";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.getLogs = $root.atlas.ipc.GetLogsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.getLogs);
                            message.payload = "getLogs";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.createBackup = $root.atlas.ipc.CreateBackupResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.createBackup);
                            message.payload = "createBackup";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.listBackups = $root.atlas.ipc.ListBackupsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listBackups);
                            message.payload = "listBackups";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.restoreBackup = $root.atlas.ipc.RestoreBackupResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.restoreBackup);
                            message.payload = "restoreBackup";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.updateServer = $root.atlas.ipc.UpdateServerResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.updateServer);
                            message.payload = "updateServer";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.getConfig = $root.atlas.ipc.GetConfigResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.getConfig);
                            message.payload = "getConfig";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.setConfig = $root.atlas.ipc.SetConfigResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.setConfig);
                            message.payload = "setConfig";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.atlas.ipc.ErrorResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.payload = "error";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.getMetrics = $root.atlas.ipc.GetMetricsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.getMetrics);
                            message.payload = "getMetrics";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Response message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.Response & atlas.ipc.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Response message.
             * @function verify
             * @memberof atlas.ipc.Response
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Response.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                        return "id: integer|Long expected";
                if (message.startServer != null && $Object.hasOwnProperty.call(message, "startServer")) {
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.StartServerResponse.verify(message.startServer, _depth + 1);
                        if (error)
                            return "startServer." + error;
                    }
                }
                if (message.stopServer != null && $Object.hasOwnProperty.call(message, "stopServer")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.StopServerResponse.verify(message.stopServer, _depth + 1);
                        if (error)
                            return "stopServer." + error;
                    }
                }
                if (message.getStatus != null && $Object.hasOwnProperty.call(message, "getStatus")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.GetStatusResponse.verify(message.getStatus, _depth + 1);
                        if (error)
                            return "getStatus." + error;
                    }
                }
                if (message.sendCommand != null && $Object.hasOwnProperty.call(message, "sendCommand")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.SendCommandResponse.verify(message.sendCommand, _depth + 1);
                        if (error)
                            return "sendCommand." + error;
                    }
                }
                if (message.getLogs != null && $Object.hasOwnProperty.call(message, "getLogs")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.GetLogsResponse.verify(message.getLogs, _depth + 1);
                        if (error)
                            return "getLogs." + error;
                    }
                }
                if (message.createBackup != null && $Object.hasOwnProperty.call(message, "createBackup")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.CreateBackupResponse.verify(message.createBackup, _depth + 1);
                        if (error)
                            return "createBackup." + error;
                    }
                }
                if (message.listBackups != null && $Object.hasOwnProperty.call(message, "listBackups")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.ListBackupsResponse.verify(message.listBackups, _depth + 1);
                        if (error)
                            return "listBackups." + error;
                    }
                }
                if (message.restoreBackup != null && $Object.hasOwnProperty.call(message, "restoreBackup")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.RestoreBackupResponse.verify(message.restoreBackup, _depth + 1);
                        if (error)
                            return "restoreBackup." + error;
                    }
                }
                if (message.updateServer != null && $Object.hasOwnProperty.call(message, "updateServer")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.UpdateServerResponse.verify(message.updateServer, _depth + 1);
                        if (error)
                            return "updateServer." + error;
                    }
                }
                if (message.getConfig != null && $Object.hasOwnProperty.call(message, "getConfig")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.GetConfigResponse.verify(message.getConfig, _depth + 1);
                        if (error)
                            return "getConfig." + error;
                    }
                }
                if (message.setConfig != null && $Object.hasOwnProperty.call(message, "setConfig")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.SetConfigResponse.verify(message.setConfig, _depth + 1);
                        if (error)
                            return "setConfig." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.ErrorResponse.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.getMetrics != null && $Object.hasOwnProperty.call(message, "getMetrics")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.atlas.ipc.GetMetricsResponse.verify(message.getMetrics, _depth + 1);
                        if (error)
                            return "getMetrics." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.Response
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.Response} Response
             */
            Response.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.Response)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.Response: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.Response();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.startServer != null) {
                    if (!$util.isObject(object.startServer))
                        throw $TypeError(".atlas.ipc.Response.startServer: object expected");
                    message.startServer = $root.atlas.ipc.StartServerResponse.fromObject(object.startServer, _depth + 1);
                }
                if (object.stopServer != null) {
                    if (!$util.isObject(object.stopServer))
                        throw $TypeError(".atlas.ipc.Response.stopServer: object expected");
                    message.stopServer = $root.atlas.ipc.StopServerResponse.fromObject(object.stopServer, _depth + 1);
                }
                if (object.getStatus != null) {
                    if (!$util.isObject(object.getStatus))
                        throw $TypeError(".atlas.ipc.Response.getStatus: object expected");
                    message.getStatus = $root.atlas.ipc.GetStatusResponse.fromObject(object.getStatus, _depth + 1);
                }
                if (object.sendCommand != null) {
                    if (!$util.isObject(object.sendCommand))
                        throw $TypeError(".atlas.ipc.Response.sendCommand: object expected");
                    message.sendCommand = $root.atlas.ipc.SendCommandResponse.fromObject(object.sendCommand, _depth + 1);
                }
                if (object.getLogs != null) {
                    if (!$util.isObject(object.getLogs))
                        throw $TypeError(".atlas.ipc.Response.getLogs: object expected");
                    message.getLogs = $root.atlas.ipc.GetLogsResponse.fromObject(object.getLogs, _depth + 1);
                }
                if (object.createBackup != null) {
                    if (!$util.isObject(object.createBackup))
                        throw $TypeError(".atlas.ipc.Response.createBackup: object expected");
                    message.createBackup = $root.atlas.ipc.CreateBackupResponse.fromObject(object.createBackup, _depth + 1);
                }
                if (object.listBackups != null) {
                    if (!$util.isObject(object.listBackups))
                        throw $TypeError(".atlas.ipc.Response.listBackups: object expected");
                    message.listBackups = $root.atlas.ipc.ListBackupsResponse.fromObject(object.listBackups, _depth + 1);
                }
                if (object.restoreBackup != null) {
                    if (!$util.isObject(object.restoreBackup))
                        throw $TypeError(".atlas.ipc.Response.restoreBackup: object expected");
                    message.restoreBackup = $root.atlas.ipc.RestoreBackupResponse.fromObject(object.restoreBackup, _depth + 1);
                }
                if (object.updateServer != null) {
                    if (!$util.isObject(object.updateServer))
                        throw $TypeError(".atlas.ipc.Response.updateServer: object expected");
                    message.updateServer = $root.atlas.ipc.UpdateServerResponse.fromObject(object.updateServer, _depth + 1);
                }
                if (object.getConfig != null) {
                    if (!$util.isObject(object.getConfig))
                        throw $TypeError(".atlas.ipc.Response.getConfig: object expected");
                    message.getConfig = $root.atlas.ipc.GetConfigResponse.fromObject(object.getConfig, _depth + 1);
                }
                if (object.setConfig != null) {
                    if (!$util.isObject(object.setConfig))
                        throw $TypeError(".atlas.ipc.Response.setConfig: object expected");
                    message.setConfig = $root.atlas.ipc.SetConfigResponse.fromObject(object.setConfig, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".atlas.ipc.Response.error: object expected");
                    message.error = $root.atlas.ipc.ErrorResponse.fromObject(object.error, _depth + 1);
                }
                if (object.getMetrics != null) {
                    if (!$util.isObject(object.getMetrics))
                        throw $TypeError(".atlas.ipc.Response.getMetrics: object expected");
                    message.getMetrics = $root.atlas.ipc.GetMetricsResponse.fromObject(object.getMetrics, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.Response
             * @static
             * @param {atlas.ipc.Response} message Response
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Response.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.startServer != null && $Object.hasOwnProperty.call(message, "startServer")) {
                    object.startServer = $root.atlas.ipc.StartServerResponse.toObject(message.startServer, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "startServer";
                }
                if (message.stopServer != null && $Object.hasOwnProperty.call(message, "stopServer")) {
                    object.stopServer = $root.atlas.ipc.StopServerResponse.toObject(message.stopServer, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "stopServer";
                }
                if (message.getStatus != null && $Object.hasOwnProperty.call(message, "getStatus")) {
                    object.getStatus = $root.atlas.ipc.GetStatusResponse.toObject(message.getStatus, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "getStatus";
                }
                if (message.sendCommand != null && $Object.hasOwnProperty.call(message, "sendCommand")) {
                    object.sendCommand = $root.atlas.ipc.SendCommandResponse.toObject(message.sendCommand, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "sendCommand";
                }
                if (message.getLogs != null && $Object.hasOwnProperty.call(message, "getLogs")) {
                    object.getLogs = $root.atlas.ipc.GetLogsResponse.toObject(message.getLogs, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "getLogs";
                }
                if (message.createBackup != null && $Object.hasOwnProperty.call(message, "createBackup")) {
                    object.createBackup = $root.atlas.ipc.CreateBackupResponse.toObject(message.createBackup, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "createBackup";
                }
                if (message.listBackups != null && $Object.hasOwnProperty.call(message, "listBackups")) {
                    object.listBackups = $root.atlas.ipc.ListBackupsResponse.toObject(message.listBackups, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "listBackups";
                }
                if (message.restoreBackup != null && $Object.hasOwnProperty.call(message, "restoreBackup")) {
                    object.restoreBackup = $root.atlas.ipc.RestoreBackupResponse.toObject(message.restoreBackup, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "restoreBackup";
                }
                if (message.updateServer != null && $Object.hasOwnProperty.call(message, "updateServer")) {
                    object.updateServer = $root.atlas.ipc.UpdateServerResponse.toObject(message.updateServer, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "updateServer";
                }
                if (message.getConfig != null && $Object.hasOwnProperty.call(message, "getConfig")) {
                    object.getConfig = $root.atlas.ipc.GetConfigResponse.toObject(message.getConfig, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "getConfig";
                }
                if (message.setConfig != null && $Object.hasOwnProperty.call(message, "setConfig")) {
                    object.setConfig = $root.atlas.ipc.SetConfigResponse.toObject(message.setConfig, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "setConfig";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.atlas.ipc.ErrorResponse.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "error";
                }
                if (message.getMetrics != null && $Object.hasOwnProperty.call(message, "getMetrics")) {
                    object.getMetrics = $root.atlas.ipc.GetMetricsResponse.toObject(message.getMetrics, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "getMetrics";
                }
                return object;
            };

            /**
             * Converts this Response to JSON.
             * @function toJSON
             * @memberof atlas.ipc.Response
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Response.prototype.toJSON = function() {
                return Response.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof atlas.ipc.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.Response";
            };

            return Response;
        })();

        ipc.StartServerRequest = (function() {

            /**
             * Properties of a StartServerRequest.
             * @typedef {Object} atlas.ipc.StartServerRequest.$Properties
             * @property {string|null} [channel] StartServerRequest channel
             * @property {boolean|null} [waitForReady] StartServerRequest waitForReady
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartServerRequest.
             * @memberof atlas.ipc
             * @interface IStartServerRequest
             * @augments atlas.ipc.StartServerRequest.$Properties
             * @deprecated Use atlas.ipc.StartServerRequest.$Properties instead.
             */

            /**
             * Shape of a StartServerRequest.
             * @typedef {atlas.ipc.StartServerRequest.$Properties} atlas.ipc.StartServerRequest.$Shape
             */

            /**
             * Constructs a new StartServerRequest.
             * @memberof atlas.ipc
             * @classdesc Represents a StartServerRequest.
             * @constructor
             * @param {atlas.ipc.StartServerRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartServerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StartServerRequest channel.
             * @member {string} channel
             * @memberof atlas.ipc.StartServerRequest
             * @instance
             */
            StartServerRequest.prototype.channel = "";

            /**
             * StartServerRequest waitForReady.
             * @member {boolean} waitForReady
             * @memberof atlas.ipc.StartServerRequest
             * @instance
             */
            StartServerRequest.prototype.waitForReady = false;

            /**
             * Creates a new StartServerRequest instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.StartServerRequest
             * @static
             * @param {atlas.ipc.StartServerRequest.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.StartServerRequest} StartServerRequest instance
             * @type {{
             *   (properties: atlas.ipc.StartServerRequest.$Shape): atlas.ipc.StartServerRequest & atlas.ipc.StartServerRequest.$Shape;
             *   (properties?: atlas.ipc.StartServerRequest.$Properties): atlas.ipc.StartServerRequest;
             * }}
             */
            StartServerRequest.create = function(properties) {
                return new StartServerRequest(properties);
            };

            /**
             * Encodes the specified StartServerRequest message. Does not implicitly {@link atlas.ipc.StartServerRequest.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.StartServerRequest
             * @static
             * @param {atlas.ipc.StartServerRequest.$Properties} message StartServerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartServerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel);
                if (message.waitForReady != null && $Object.hasOwnProperty.call(message, "waitForReady") && message.waitForReady !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.waitForReady);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StartServerRequest message, length delimited. Does not implicitly {@link atlas.ipc.StartServerRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.StartServerRequest
             * @static
             * @param {atlas.ipc.StartServerRequest.$Properties} message StartServerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartServerRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StartServerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.StartServerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.StartServerRequest & atlas.ipc.StartServerRequest.$Shape} StartServerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartServerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.StartServerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.waitForReady = value;
                            else
                                delete message.waitForReady;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StartServerRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.StartServerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.StartServerRequest & atlas.ipc.StartServerRequest.$Shape} StartServerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartServerRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StartServerRequest message.
             * @function verify
             * @memberof atlas.ipc.StartServerRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StartServerRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    if (!$util.isString(message.channel))
                        return "channel: string expected";
                if (message.waitForReady != null && $Object.hasOwnProperty.call(message, "waitForReady"))
                    if (typeof message.waitForReady !== "boolean")
                        return "waitForReady: boolean expected";
                return null;
            };

            /**
             * Creates a StartServerRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.StartServerRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.StartServerRequest} StartServerRequest
             */
            StartServerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.StartServerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.StartServerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.StartServerRequest();
                if (object.channel != null)
                    if (typeof object.channel !== "string" || object.channel.length)
                        message.channel = $String(object.channel);
                if (object.waitForReady != null)
                    if (object.waitForReady)
                        message.waitForReady = $Boolean(object.waitForReady);
                return message;
            };

            /**
             * Creates a plain object from a StartServerRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.StartServerRequest
             * @static
             * @param {atlas.ipc.StartServerRequest} message StartServerRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartServerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel = "";
                    object.waitForReady = false;
                }
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    object.channel = message.channel;
                if (message.waitForReady != null && $Object.hasOwnProperty.call(message, "waitForReady"))
                    object.waitForReady = message.waitForReady;
                return object;
            };

            /**
             * Converts this StartServerRequest to JSON.
             * @function toJSON
             * @memberof atlas.ipc.StartServerRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartServerRequest.prototype.toJSON = function() {
                return StartServerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartServerRequest
             * @function getTypeUrl
             * @memberof atlas.ipc.StartServerRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartServerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.StartServerRequest";
            };

            return StartServerRequest;
        })();

        ipc.StartServerResponse = (function() {

            /**
             * Properties of a StartServerResponse.
             * @typedef {Object} atlas.ipc.StartServerResponse.$Properties
             * @property {boolean|null} [success] StartServerResponse success
             * @property {string|null} [serverPid] StartServerResponse serverPid
             * @property {string|null} [message] StartServerResponse message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartServerResponse.
             * @memberof atlas.ipc
             * @interface IStartServerResponse
             * @augments atlas.ipc.StartServerResponse.$Properties
             * @deprecated Use atlas.ipc.StartServerResponse.$Properties instead.
             */

            /**
             * Shape of a StartServerResponse.
             * @typedef {atlas.ipc.StartServerResponse.$Properties} atlas.ipc.StartServerResponse.$Shape
             */

            /**
             * Constructs a new StartServerResponse.
             * @memberof atlas.ipc
             * @classdesc Represents a StartServerResponse.
             * @constructor
             * @param {atlas.ipc.StartServerResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartServerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StartServerResponse success.
             * @member {boolean} success
             * @memberof atlas.ipc.StartServerResponse
             * @instance
             */
            StartServerResponse.prototype.success = false;

            /**
             * StartServerResponse serverPid.
             * @member {string} serverPid
             * @memberof atlas.ipc.StartServerResponse
             * @instance
             */
            StartServerResponse.prototype.serverPid = "";

            /**
             * StartServerResponse message.
             * @member {string} message
             * @memberof atlas.ipc.StartServerResponse
             * @instance
             */
            StartServerResponse.prototype.message = "";

            /**
             * Creates a new StartServerResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.StartServerResponse
             * @static
             * @param {atlas.ipc.StartServerResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.StartServerResponse} StartServerResponse instance
             * @type {{
             *   (properties: atlas.ipc.StartServerResponse.$Shape): atlas.ipc.StartServerResponse & atlas.ipc.StartServerResponse.$Shape;
             *   (properties?: atlas.ipc.StartServerResponse.$Properties): atlas.ipc.StartServerResponse;
             * }}
             */
            StartServerResponse.create = function(properties) {
                return new StartServerResponse(properties);
            };

            /**
             * Encodes the specified StartServerResponse message. Does not implicitly {@link atlas.ipc.StartServerResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.StartServerResponse
             * @static
             * @param {atlas.ipc.StartServerResponse.$Properties} message StartServerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartServerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
                if (message.serverPid != null && $Object.hasOwnProperty.call(message, "serverPid") && message.serverPid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.serverPid);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StartServerResponse message, length delimited. Does not implicitly {@link atlas.ipc.StartServerResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.StartServerResponse
             * @static
             * @param {atlas.ipc.StartServerResponse.$Properties} message StartServerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartServerResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StartServerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.StartServerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.StartServerResponse & atlas.ipc.StartServerResponse.$Shape} StartServerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartServerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.StartServerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.success = value;
                            else
                                delete message.success;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverPid = value;
                            else
                                delete message.serverPid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StartServerResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.StartServerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.StartServerResponse & atlas.ipc.StartServerResponse.$Shape} StartServerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartServerResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StartServerResponse message.
             * @function verify
             * @memberof atlas.ipc.StartServerResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StartServerResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    if (typeof message.success !== "boolean")
                        return "success: boolean expected";
                if (message.serverPid != null && $Object.hasOwnProperty.call(message, "serverPid"))
                    if (!$util.isString(message.serverPid))
                        return "serverPid: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a StartServerResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.StartServerResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.StartServerResponse} StartServerResponse
             */
            StartServerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.StartServerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.StartServerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.StartServerResponse();
                if (object.success != null)
                    if (object.success)
                        message.success = $Boolean(object.success);
                if (object.serverPid != null)
                    if (typeof object.serverPid !== "string" || object.serverPid.length)
                        message.serverPid = $String(object.serverPid);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a StartServerResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.StartServerResponse
             * @static
             * @param {atlas.ipc.StartServerResponse} message StartServerResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartServerResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.success = false;
                    object.serverPid = "";
                    object.message = "";
                }
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    object.success = message.success;
                if (message.serverPid != null && $Object.hasOwnProperty.call(message, "serverPid"))
                    object.serverPid = message.serverPid;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this StartServerResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.StartServerResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartServerResponse.prototype.toJSON = function() {
                return StartServerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartServerResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.StartServerResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartServerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.StartServerResponse";
            };

            return StartServerResponse;
        })();

        ipc.StopServerRequest = (function() {

            /**
             * Properties of a StopServerRequest.
             * @typedef {Object} atlas.ipc.StopServerRequest.$Properties
             * @property {boolean|null} [force] StopServerRequest force
             * @property {number|null} [timeoutSeconds] StopServerRequest timeoutSeconds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StopServerRequest.
             * @memberof atlas.ipc
             * @interface IStopServerRequest
             * @augments atlas.ipc.StopServerRequest.$Properties
             * @deprecated Use atlas.ipc.StopServerRequest.$Properties instead.
             */

            /**
             * Shape of a StopServerRequest.
             * @typedef {atlas.ipc.StopServerRequest.$Properties} atlas.ipc.StopServerRequest.$Shape
             */

            /**
             * Constructs a new StopServerRequest.
             * @memberof atlas.ipc
             * @classdesc Represents a StopServerRequest.
             * @constructor
             * @param {atlas.ipc.StopServerRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StopServerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StopServerRequest force.
             * @member {boolean} force
             * @memberof atlas.ipc.StopServerRequest
             * @instance
             */
            StopServerRequest.prototype.force = false;

            /**
             * StopServerRequest timeoutSeconds.
             * @member {number} timeoutSeconds
             * @memberof atlas.ipc.StopServerRequest
             * @instance
             */
            StopServerRequest.prototype.timeoutSeconds = 0;

            /**
             * Creates a new StopServerRequest instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.StopServerRequest
             * @static
             * @param {atlas.ipc.StopServerRequest.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.StopServerRequest} StopServerRequest instance
             * @type {{
             *   (properties: atlas.ipc.StopServerRequest.$Shape): atlas.ipc.StopServerRequest & atlas.ipc.StopServerRequest.$Shape;
             *   (properties?: atlas.ipc.StopServerRequest.$Properties): atlas.ipc.StopServerRequest;
             * }}
             */
            StopServerRequest.create = function(properties) {
                return new StopServerRequest(properties);
            };

            /**
             * Encodes the specified StopServerRequest message. Does not implicitly {@link atlas.ipc.StopServerRequest.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.StopServerRequest
             * @static
             * @param {atlas.ipc.StopServerRequest.$Properties} message StopServerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopServerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.force != null && $Object.hasOwnProperty.call(message, "force") && message.force !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.force);
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds") && message.timeoutSeconds !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.timeoutSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StopServerRequest message, length delimited. Does not implicitly {@link atlas.ipc.StopServerRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.StopServerRequest
             * @static
             * @param {atlas.ipc.StopServerRequest.$Properties} message StopServerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopServerRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StopServerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.StopServerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.StopServerRequest & atlas.ipc.StopServerRequest.$Shape} StopServerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopServerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.StopServerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.force = value;
                            else
                                delete message.force;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutSeconds = value;
                            else
                                delete message.timeoutSeconds;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StopServerRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.StopServerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.StopServerRequest & atlas.ipc.StopServerRequest.$Shape} StopServerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopServerRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StopServerRequest message.
             * @function verify
             * @memberof atlas.ipc.StopServerRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StopServerRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.force != null && $Object.hasOwnProperty.call(message, "force"))
                    if (typeof message.force !== "boolean")
                        return "force: boolean expected";
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds"))
                    if (!$util.isInteger(message.timeoutSeconds))
                        return "timeoutSeconds: integer expected";
                return null;
            };

            /**
             * Creates a StopServerRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.StopServerRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.StopServerRequest} StopServerRequest
             */
            StopServerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.StopServerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.StopServerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.StopServerRequest();
                if (object.force != null)
                    if (object.force)
                        message.force = $Boolean(object.force);
                if (object.timeoutSeconds != null)
                    if ($Number(object.timeoutSeconds) !== 0)
                        message.timeoutSeconds = object.timeoutSeconds >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a StopServerRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.StopServerRequest
             * @static
             * @param {atlas.ipc.StopServerRequest} message StopServerRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopServerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.force = false;
                    object.timeoutSeconds = 0;
                }
                if (message.force != null && $Object.hasOwnProperty.call(message, "force"))
                    object.force = message.force;
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds"))
                    object.timeoutSeconds = message.timeoutSeconds;
                return object;
            };

            /**
             * Converts this StopServerRequest to JSON.
             * @function toJSON
             * @memberof atlas.ipc.StopServerRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopServerRequest.prototype.toJSON = function() {
                return StopServerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StopServerRequest
             * @function getTypeUrl
             * @memberof atlas.ipc.StopServerRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StopServerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.StopServerRequest";
            };

            return StopServerRequest;
        })();

        ipc.StopServerResponse = (function() {

            /**
             * Properties of a StopServerResponse.
             * @typedef {Object} atlas.ipc.StopServerResponse.$Properties
             * @property {boolean|null} [success] StopServerResponse success
             * @property {string|null} [message] StopServerResponse message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StopServerResponse.
             * @memberof atlas.ipc
             * @interface IStopServerResponse
             * @augments atlas.ipc.StopServerResponse.$Properties
             * @deprecated Use atlas.ipc.StopServerResponse.$Properties instead.
             */

            /**
             * Shape of a StopServerResponse.
             * @typedef {atlas.ipc.StopServerResponse.$Properties} atlas.ipc.StopServerResponse.$Shape
             */

            /**
             * Constructs a new StopServerResponse.
             * @memberof atlas.ipc
             * @classdesc Represents a StopServerResponse.
             * @constructor
             * @param {atlas.ipc.StopServerResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StopServerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StopServerResponse success.
             * @member {boolean} success
             * @memberof atlas.ipc.StopServerResponse
             * @instance
             */
            StopServerResponse.prototype.success = false;

            /**
             * StopServerResponse message.
             * @member {string} message
             * @memberof atlas.ipc.StopServerResponse
             * @instance
             */
            StopServerResponse.prototype.message = "";

            /**
             * Creates a new StopServerResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.StopServerResponse
             * @static
             * @param {atlas.ipc.StopServerResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.StopServerResponse} StopServerResponse instance
             * @type {{
             *   (properties: atlas.ipc.StopServerResponse.$Shape): atlas.ipc.StopServerResponse & atlas.ipc.StopServerResponse.$Shape;
             *   (properties?: atlas.ipc.StopServerResponse.$Properties): atlas.ipc.StopServerResponse;
             * }}
             */
            StopServerResponse.create = function(properties) {
                return new StopServerResponse(properties);
            };

            /**
             * Encodes the specified StopServerResponse message. Does not implicitly {@link atlas.ipc.StopServerResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.StopServerResponse
             * @static
             * @param {atlas.ipc.StopServerResponse.$Properties} message StopServerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopServerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StopServerResponse message, length delimited. Does not implicitly {@link atlas.ipc.StopServerResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.StopServerResponse
             * @static
             * @param {atlas.ipc.StopServerResponse.$Properties} message StopServerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopServerResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StopServerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.StopServerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.StopServerResponse & atlas.ipc.StopServerResponse.$Shape} StopServerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopServerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.StopServerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.success = value;
                            else
                                delete message.success;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StopServerResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.StopServerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.StopServerResponse & atlas.ipc.StopServerResponse.$Shape} StopServerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopServerResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StopServerResponse message.
             * @function verify
             * @memberof atlas.ipc.StopServerResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StopServerResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    if (typeof message.success !== "boolean")
                        return "success: boolean expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a StopServerResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.StopServerResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.StopServerResponse} StopServerResponse
             */
            StopServerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.StopServerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.StopServerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.StopServerResponse();
                if (object.success != null)
                    if (object.success)
                        message.success = $Boolean(object.success);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a StopServerResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.StopServerResponse
             * @static
             * @param {atlas.ipc.StopServerResponse} message StopServerResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopServerResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.success = false;
                    object.message = "";
                }
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    object.success = message.success;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this StopServerResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.StopServerResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopServerResponse.prototype.toJSON = function() {
                return StopServerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StopServerResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.StopServerResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StopServerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.StopServerResponse";
            };

            return StopServerResponse;
        })();

        ipc.GetStatusRequest = (function() {

            /**
             * Properties of a GetStatusRequest.
             * @typedef {Object} atlas.ipc.GetStatusRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetStatusRequest.
             * @memberof atlas.ipc
             * @interface IGetStatusRequest
             * @augments atlas.ipc.GetStatusRequest.$Properties
             * @deprecated Use atlas.ipc.GetStatusRequest.$Properties instead.
             */

            /**
             * Shape of a GetStatusRequest.
             * @typedef {atlas.ipc.GetStatusRequest.$Properties} atlas.ipc.GetStatusRequest.$Shape
             */

            /**
             * Constructs a new GetStatusRequest.
             * @memberof atlas.ipc
             * @classdesc Represents a GetStatusRequest.
             * @constructor
             * @param {atlas.ipc.GetStatusRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetStatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new GetStatusRequest instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.GetStatusRequest
             * @static
             * @param {atlas.ipc.GetStatusRequest.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.GetStatusRequest} GetStatusRequest instance
             * @type {{
             *   (properties: atlas.ipc.GetStatusRequest.$Shape): atlas.ipc.GetStatusRequest & atlas.ipc.GetStatusRequest.$Shape;
             *   (properties?: atlas.ipc.GetStatusRequest.$Properties): atlas.ipc.GetStatusRequest;
             * }}
             */
            GetStatusRequest.create = function(properties) {
                return new GetStatusRequest(properties);
            };

            /**
             * Encodes the specified GetStatusRequest message. Does not implicitly {@link atlas.ipc.GetStatusRequest.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.GetStatusRequest
             * @static
             * @param {atlas.ipc.GetStatusRequest.$Properties} message GetStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetStatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetStatusRequest message, length delimited. Does not implicitly {@link atlas.ipc.GetStatusRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.GetStatusRequest
             * @static
             * @param {atlas.ipc.GetStatusRequest.$Properties} message GetStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetStatusRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetStatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.GetStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.GetStatusRequest & atlas.ipc.GetStatusRequest.$Shape} GetStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.GetStatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetStatusRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.GetStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetStatusRequest & atlas.ipc.GetStatusRequest.$Shape} GetStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetStatusRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetStatusRequest message.
             * @function verify
             * @memberof atlas.ipc.GetStatusRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetStatusRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a GetStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.GetStatusRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.GetStatusRequest} GetStatusRequest
             */
            GetStatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.GetStatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.GetStatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.atlas.ipc.GetStatusRequest();
            };

            /**
             * Creates a plain object from a GetStatusRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.GetStatusRequest
             * @static
             * @param {atlas.ipc.GetStatusRequest} message GetStatusRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetStatusRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this GetStatusRequest to JSON.
             * @function toJSON
             * @memberof atlas.ipc.GetStatusRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetStatusRequest.prototype.toJSON = function() {
                return GetStatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetStatusRequest
             * @function getTypeUrl
             * @memberof atlas.ipc.GetStatusRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetStatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.GetStatusRequest";
            };

            return GetStatusRequest;
        })();

        ipc.GetStatusResponse = (function() {

            /**
             * Properties of a GetStatusResponse.
             * @typedef {Object} atlas.ipc.GetStatusResponse.$Properties
             * @property {atlas.common.ServerState|null} [state] GetStatusResponse state
             * @property {string|null} [version] GetStatusResponse version
             * @property {number|Long|null} [uptimeSeconds] GetStatusResponse uptimeSeconds
             * @property {number|Long|null} [memoryUsageMb] GetStatusResponse memoryUsageMb
             * @property {number|null} [playerCount] GetStatusResponse playerCount
             * @property {number|null} [maxPlayers] GetStatusResponse maxPlayers
             * @property {string|null} [motd] GetStatusResponse motd
             * @property {string|null} [daemonVersion] GetStatusResponse daemonVersion
             * @property {number|null} [protocolVersion] GetStatusResponse protocolVersion
             * @property {number|null} [serverPid] GetStatusResponse serverPid
             * @property {Array.<string>|null} [playerNames] GetStatusResponse playerNames
             * @property {number|null} [restarts] GetStatusResponse restarts
             * @property {string|null} [lastExitReason] GetStatusResponse lastExitReason
             * @property {number|Long|null} [runStartedAt] GetStatusResponse runStartedAt
             * @property {Array.<string>|null} [features] GetStatusResponse features
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetStatusResponse.
             * @memberof atlas.ipc
             * @interface IGetStatusResponse
             * @augments atlas.ipc.GetStatusResponse.$Properties
             * @deprecated Use atlas.ipc.GetStatusResponse.$Properties instead.
             */

            /**
             * Shape of a GetStatusResponse.
             * @typedef {atlas.ipc.GetStatusResponse.$Properties} atlas.ipc.GetStatusResponse.$Shape
             */

            /**
             * Constructs a new GetStatusResponse.
             * @memberof atlas.ipc
             * @classdesc Represents a GetStatusResponse.
             * @constructor
             * @param {atlas.ipc.GetStatusResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetStatusResponse = function (properties) {
                this.playerNames = [];
                this.features = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetStatusResponse state.
             * @member {atlas.common.ServerState} state
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.state = 0;

            /**
             * GetStatusResponse version.
             * @member {string} version
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.version = "";

            /**
             * GetStatusResponse uptimeSeconds.
             * @member {number|Long} uptimeSeconds
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.uptimeSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GetStatusResponse memoryUsageMb.
             * @member {number|Long} memoryUsageMb
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.memoryUsageMb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GetStatusResponse playerCount.
             * @member {number} playerCount
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.playerCount = 0;

            /**
             * GetStatusResponse maxPlayers.
             * @member {number} maxPlayers
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.maxPlayers = 0;

            /**
             * GetStatusResponse motd.
             * @member {string} motd
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.motd = "";

            /**
             * GetStatusResponse daemonVersion.
             * @member {string} daemonVersion
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.daemonVersion = "";

            /**
             * GetStatusResponse protocolVersion.
             * @member {number} protocolVersion
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.protocolVersion = 0;

            /**
             * GetStatusResponse serverPid.
             * @member {number} serverPid
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.serverPid = 0;

            /**
             * GetStatusResponse playerNames.
             * @member {Array.<string>} playerNames
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.playerNames = $util.emptyArray;

            /**
             * GetStatusResponse restarts.
             * @member {number} restarts
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.restarts = 0;

            /**
             * GetStatusResponse lastExitReason.
             * @member {string} lastExitReason
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.lastExitReason = "";

            /**
             * GetStatusResponse runStartedAt.
             * @member {number|Long} runStartedAt
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.runStartedAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GetStatusResponse features.
             * @member {Array.<string>} features
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             */
            GetStatusResponse.prototype.features = $util.emptyArray;

            /**
             * Creates a new GetStatusResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.GetStatusResponse
             * @static
             * @param {atlas.ipc.GetStatusResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.GetStatusResponse} GetStatusResponse instance
             * @type {{
             *   (properties: atlas.ipc.GetStatusResponse.$Shape): atlas.ipc.GetStatusResponse & atlas.ipc.GetStatusResponse.$Shape;
             *   (properties?: atlas.ipc.GetStatusResponse.$Properties): atlas.ipc.GetStatusResponse;
             * }}
             */
            GetStatusResponse.create = function(properties) {
                return new GetStatusResponse(properties);
            };

            /**
             * Encodes the specified GetStatusResponse message. Does not implicitly {@link atlas.ipc.GetStatusResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.GetStatusResponse
             * @static
             * @param {atlas.ipc.GetStatusResponse.$Properties} message GetStatusResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetStatusResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.state);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                if (message.uptimeSeconds != null && $Object.hasOwnProperty.call(message, "uptimeSeconds") && (typeof message.uptimeSeconds === "object" ? message.uptimeSeconds.low || message.uptimeSeconds.high : message.uptimeSeconds !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.uptimeSeconds);
                if (message.memoryUsageMb != null && $Object.hasOwnProperty.call(message, "memoryUsageMb") && (typeof message.memoryUsageMb === "object" ? message.memoryUsageMb.low || message.memoryUsageMb.high : message.memoryUsageMb !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.memoryUsageMb);
                if (message.playerCount != null && $Object.hasOwnProperty.call(message, "playerCount") && message.playerCount !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.playerCount);
                if (message.maxPlayers != null && $Object.hasOwnProperty.call(message, "maxPlayers") && message.maxPlayers !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxPlayers);
                if (message.motd != null && $Object.hasOwnProperty.call(message, "motd") && message.motd !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.motd);
                if (message.daemonVersion != null && $Object.hasOwnProperty.call(message, "daemonVersion") && message.daemonVersion !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.daemonVersion);
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.protocolVersion);
                if (message.serverPid != null && $Object.hasOwnProperty.call(message, "serverPid") && message.serverPid !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.serverPid);
                if (message.playerNames != null && message.playerNames.length)
                    for (let i = 0; i < message.playerNames.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.playerNames[i]);
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts") && message.restarts !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.restarts);
                if (message.lastExitReason != null && $Object.hasOwnProperty.call(message, "lastExitReason") && message.lastExitReason !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.lastExitReason);
                if (message.runStartedAt != null && $Object.hasOwnProperty.call(message, "runStartedAt") && (typeof message.runStartedAt === "object" ? message.runStartedAt.low || message.runStartedAt.high : message.runStartedAt !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.runStartedAt);
                if (message.features != null && message.features.length)
                    for (let i = 0; i < message.features.length; ++i)
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.features[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetStatusResponse message, length delimited. Does not implicitly {@link atlas.ipc.GetStatusResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.GetStatusResponse
             * @static
             * @param {atlas.ipc.GetStatusResponse.$Properties} message GetStatusResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetStatusResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetStatusResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.GetStatusResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.GetStatusResponse & atlas.ipc.GetStatusResponse.$Shape} GetStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetStatusResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.GetStatusResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeSeconds = value;
                            else
                                delete message.uptimeSeconds;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryUsageMb = value;
                            else
                                delete message.memoryUsageMb;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.playerCount = value;
                            else
                                delete message.playerCount;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxPlayers = value;
                            else
                                delete message.maxPlayers;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.motd = value;
                            else
                                delete message.motd;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.daemonVersion = value;
                            else
                                delete message.daemonVersion;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.serverPid = value;
                            else
                                delete message.serverPid;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.playerNames && message.playerNames.length))
                                message.playerNames = [];
                            message.playerNames.push(reader.stringVerify());
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.restarts = value;
                            else
                                delete message.restarts;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastExitReason = value;
                            else
                                delete message.lastExitReason;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.runStartedAt = value;
                            else
                                delete message.runStartedAt;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.features && message.features.length))
                                message.features = [];
                            message.features.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetStatusResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.GetStatusResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetStatusResponse & atlas.ipc.GetStatusResponse.$Shape} GetStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetStatusResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetStatusResponse message.
             * @function verify
             * @memberof atlas.ipc.GetStatusResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetStatusResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.uptimeSeconds != null && $Object.hasOwnProperty.call(message, "uptimeSeconds"))
                    if (!$util.isInteger(message.uptimeSeconds) && !(message.uptimeSeconds && $util.isInteger(message.uptimeSeconds.low) && $util.isInteger(message.uptimeSeconds.high)))
                        return "uptimeSeconds: integer|Long expected";
                if (message.memoryUsageMb != null && $Object.hasOwnProperty.call(message, "memoryUsageMb"))
                    if (!$util.isInteger(message.memoryUsageMb) && !(message.memoryUsageMb && $util.isInteger(message.memoryUsageMb.low) && $util.isInteger(message.memoryUsageMb.high)))
                        return "memoryUsageMb: integer|Long expected";
                if (message.playerCount != null && $Object.hasOwnProperty.call(message, "playerCount"))
                    if (!$util.isInteger(message.playerCount))
                        return "playerCount: integer expected";
                if (message.maxPlayers != null && $Object.hasOwnProperty.call(message, "maxPlayers"))
                    if (!$util.isInteger(message.maxPlayers))
                        return "maxPlayers: integer expected";
                if (message.motd != null && $Object.hasOwnProperty.call(message, "motd"))
                    if (!$util.isString(message.motd))
                        return "motd: string expected";
                if (message.daemonVersion != null && $Object.hasOwnProperty.call(message, "daemonVersion"))
                    if (!$util.isString(message.daemonVersion))
                        return "daemonVersion: string expected";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.serverPid != null && $Object.hasOwnProperty.call(message, "serverPid"))
                    if (!$util.isInteger(message.serverPid))
                        return "serverPid: integer expected";
                if (message.playerNames != null && $Object.hasOwnProperty.call(message, "playerNames")) {
                    if (!$Array.isArray(message.playerNames))
                        return "playerNames: array expected";
                    for (let i = 0; i < message.playerNames.length; ++i)
                        if (!$util.isString(message.playerNames[i]))
                            return "playerNames: string[] expected";
                }
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
                    if (!$util.isInteger(message.restarts))
                        return "restarts: integer expected";
                if (message.lastExitReason != null && $Object.hasOwnProperty.call(message, "lastExitReason"))
                    if (!$util.isString(message.lastExitReason))
                        return "lastExitReason: string expected";
                if (message.runStartedAt != null && $Object.hasOwnProperty.call(message, "runStartedAt"))
                    if (!$util.isInteger(message.runStartedAt) && !(message.runStartedAt && $util.isInteger(message.runStartedAt.low) && $util.isInteger(message.runStartedAt.high)))
                        return "runStartedAt: integer|Long expected";
                if (message.features != null && $Object.hasOwnProperty.call(message, "features")) {
                    if (!$Array.isArray(message.features))
                        return "features: array expected";
                    for (let i = 0; i < message.features.length; ++i)
                        if (!$util.isString(message.features[i]))
                            return "features: string[] expected";
                }
                return null;
            };

            /**
             * Creates a GetStatusResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.GetStatusResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.GetStatusResponse} GetStatusResponse
             */
            GetStatusResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.GetStatusResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.GetStatusResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.GetStatusResponse();
                if (object.state !== 0 && (typeof object.state !== "string" || $root.atlas.common.ServerState[object.state] !== 0))
                    switch (object.state) {
                    case "SERVER_STATE_UNKNOWN":
                    case 0:
                        message.state = 0;
                        break;
                    case "SERVER_STATE_STOPPED":
                    case 1:
                        message.state = 1;
                        break;
                    case "SERVER_STATE_STARTING":
                    case 2:
                        message.state = 2;
                        break;
                    case "SERVER_STATE_RUNNING":
                    case 3:
                        message.state = 3;
                        break;
                    case "SERVER_STATE_STOPPING":
                    case 4:
                        message.state = 4;
                        break;
                    case "SERVER_STATE_ERROR":
                    case 5:
                        message.state = 5;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.uptimeSeconds != null)
                    if (typeof object.uptimeSeconds === "object" ? object.uptimeSeconds.low || object.uptimeSeconds.high : $Number(object.uptimeSeconds) !== 0)
                        if ($util.Long)
                            message.uptimeSeconds = $util.Long.fromValue(object.uptimeSeconds, true);
                        else if (typeof object.uptimeSeconds === "string")
                            message.uptimeSeconds = $parseInt(object.uptimeSeconds, 10);
                        else if (typeof object.uptimeSeconds === "number")
                            message.uptimeSeconds = object.uptimeSeconds;
                        else if (typeof object.uptimeSeconds === "object")
                            message.uptimeSeconds = new $util.LongBits(object.uptimeSeconds.low >>> 0, object.uptimeSeconds.high >>> 0).toNumber(true);
                if (object.memoryUsageMb != null)
                    if (typeof object.memoryUsageMb === "object" ? object.memoryUsageMb.low || object.memoryUsageMb.high : $Number(object.memoryUsageMb) !== 0)
                        if ($util.Long)
                            message.memoryUsageMb = $util.Long.fromValue(object.memoryUsageMb, true);
                        else if (typeof object.memoryUsageMb === "string")
                            message.memoryUsageMb = $parseInt(object.memoryUsageMb, 10);
                        else if (typeof object.memoryUsageMb === "number")
                            message.memoryUsageMb = object.memoryUsageMb;
                        else if (typeof object.memoryUsageMb === "object")
                            message.memoryUsageMb = new $util.LongBits(object.memoryUsageMb.low >>> 0, object.memoryUsageMb.high >>> 0).toNumber(true);
                if (object.playerCount != null)
                    if ($Number(object.playerCount) !== 0)
                        message.playerCount = object.playerCount >>> 0;
                if (object.maxPlayers != null)
                    if ($Number(object.maxPlayers) !== 0)
                        message.maxPlayers = object.maxPlayers >>> 0;
                if (object.motd != null)
                    if (typeof object.motd !== "string" || object.motd.length)
                        message.motd = $String(object.motd);
                if (object.daemonVersion != null)
                    if (typeof object.daemonVersion !== "string" || object.daemonVersion.length)
                        message.daemonVersion = $String(object.daemonVersion);
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.serverPid != null)
                    if ($Number(object.serverPid) !== 0)
                        message.serverPid = object.serverPid >>> 0;
                if (object.playerNames) {
                    if (!$Array.isArray(object.playerNames))
                        throw $TypeError(".atlas.ipc.GetStatusResponse.playerNames: array expected");
                    message.playerNames = $Array(object.playerNames.length);
                    for (let i = 0; i < object.playerNames.length; ++i)
                        message.playerNames[i] = $String(object.playerNames[i]);
                }
                if (object.restarts != null)
                    if ($Number(object.restarts) !== 0)
                        message.restarts = object.restarts >>> 0;
                if (object.lastExitReason != null)
                    if (typeof object.lastExitReason !== "string" || object.lastExitReason.length)
                        message.lastExitReason = $String(object.lastExitReason);
                if (object.runStartedAt != null)
                    if (typeof object.runStartedAt === "object" ? object.runStartedAt.low || object.runStartedAt.high : $Number(object.runStartedAt) !== 0)
                        if ($util.Long)
                            message.runStartedAt = $util.Long.fromValue(object.runStartedAt, true);
                        else if (typeof object.runStartedAt === "string")
                            message.runStartedAt = $parseInt(object.runStartedAt, 10);
                        else if (typeof object.runStartedAt === "number")
                            message.runStartedAt = object.runStartedAt;
                        else if (typeof object.runStartedAt === "object")
                            message.runStartedAt = new $util.LongBits(object.runStartedAt.low >>> 0, object.runStartedAt.high >>> 0).toNumber(true);
                if (object.features) {
                    if (!$Array.isArray(object.features))
                        throw $TypeError(".atlas.ipc.GetStatusResponse.features: array expected");
                    message.features = $Array(object.features.length);
                    for (let i = 0; i < object.features.length; ++i)
                        message.features[i] = $String(object.features[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a GetStatusResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.GetStatusResponse
             * @static
             * @param {atlas.ipc.GetStatusResponse} message GetStatusResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetStatusResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.playerNames = [];
                    object.features = [];
                }
                if (options.defaults) {
                    object.state = options.enums === $String ? "SERVER_STATE_UNKNOWN" : 0;
                    object.version = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptimeSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryUsageMb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryUsageMb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.playerCount = 0;
                    object.maxPlayers = 0;
                    object.motd = "";
                    object.daemonVersion = "";
                    object.protocolVersion = 0;
                    object.serverPid = 0;
                    object.restarts = 0;
                    object.lastExitReason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.runStartedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.runStartedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.atlas.common.ServerState[message.state] === $undefined ? message.state : $root.atlas.common.ServerState[message.state] : message.state;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.uptimeSeconds != null && $Object.hasOwnProperty.call(message, "uptimeSeconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptimeSeconds = typeof message.uptimeSeconds === "number" ? $BigInt(message.uptimeSeconds) : $util.Long.fromBits(message.uptimeSeconds.low >>> 0, message.uptimeSeconds.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeSeconds === "number")
                        object.uptimeSeconds = options.longs === $String ? $String(message.uptimeSeconds) : message.uptimeSeconds;
                    else
                        object.uptimeSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeSeconds) : options.longs === $Number ? new $util.LongBits(message.uptimeSeconds.low >>> 0, message.uptimeSeconds.high >>> 0).toNumber(true) : message.uptimeSeconds;
                if (message.memoryUsageMb != null && $Object.hasOwnProperty.call(message, "memoryUsageMb"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryUsageMb = typeof message.memoryUsageMb === "number" ? $BigInt(message.memoryUsageMb) : $util.Long.fromBits(message.memoryUsageMb.low >>> 0, message.memoryUsageMb.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryUsageMb === "number")
                        object.memoryUsageMb = options.longs === $String ? $String(message.memoryUsageMb) : message.memoryUsageMb;
                    else
                        object.memoryUsageMb = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryUsageMb) : options.longs === $Number ? new $util.LongBits(message.memoryUsageMb.low >>> 0, message.memoryUsageMb.high >>> 0).toNumber(true) : message.memoryUsageMb;
                if (message.playerCount != null && $Object.hasOwnProperty.call(message, "playerCount"))
                    object.playerCount = message.playerCount;
                if (message.maxPlayers != null && $Object.hasOwnProperty.call(message, "maxPlayers"))
                    object.maxPlayers = message.maxPlayers;
                if (message.motd != null && $Object.hasOwnProperty.call(message, "motd"))
                    object.motd = message.motd;
                if (message.daemonVersion != null && $Object.hasOwnProperty.call(message, "daemonVersion"))
                    object.daemonVersion = message.daemonVersion;
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.serverPid != null && $Object.hasOwnProperty.call(message, "serverPid"))
                    object.serverPid = message.serverPid;
                if (message.playerNames && message.playerNames.length) {
                    object.playerNames = $Array(message.playerNames.length);
                    for (let j = 0; j < message.playerNames.length; ++j)
                        object.playerNames[j] = message.playerNames[j];
                }
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
                    object.restarts = message.restarts;
                if (message.lastExitReason != null && $Object.hasOwnProperty.call(message, "lastExitReason"))
                    object.lastExitReason = message.lastExitReason;
                if (message.runStartedAt != null && $Object.hasOwnProperty.call(message, "runStartedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.runStartedAt = typeof message.runStartedAt === "number" ? $BigInt(message.runStartedAt) : $util.Long.fromBits(message.runStartedAt.low >>> 0, message.runStartedAt.high >>> 0, true).toBigInt();
                    else if (typeof message.runStartedAt === "number")
                        object.runStartedAt = options.longs === $String ? $String(message.runStartedAt) : message.runStartedAt;
                    else
                        object.runStartedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.runStartedAt) : options.longs === $Number ? new $util.LongBits(message.runStartedAt.low >>> 0, message.runStartedAt.high >>> 0).toNumber(true) : message.runStartedAt;
                if (message.features && message.features.length) {
                    object.features = $Array(message.features.length);
                    for (let j = 0; j < message.features.length; ++j)
                        object.features[j] = message.features[j];
                }
                return object;
            };

            /**
             * Converts this GetStatusResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.GetStatusResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetStatusResponse.prototype.toJSON = function() {
                return GetStatusResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetStatusResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.GetStatusResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetStatusResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.GetStatusResponse";
            };

            return GetStatusResponse;
        })();

        ipc.SendCommandRequest = (function() {

            /**
             * Properties of a SendCommandRequest.
             * @typedef {Object} atlas.ipc.SendCommandRequest.$Properties
             * @property {string|null} [command] SendCommandRequest command
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendCommandRequest.
             * @memberof atlas.ipc
             * @interface ISendCommandRequest
             * @augments atlas.ipc.SendCommandRequest.$Properties
             * @deprecated Use atlas.ipc.SendCommandRequest.$Properties instead.
             */

            /**
             * Shape of a SendCommandRequest.
             * @typedef {atlas.ipc.SendCommandRequest.$Properties} atlas.ipc.SendCommandRequest.$Shape
             */

            /**
             * Constructs a new SendCommandRequest.
             * @memberof atlas.ipc
             * @classdesc Represents a SendCommandRequest.
             * @constructor
             * @param {atlas.ipc.SendCommandRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendCommandRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendCommandRequest command.
             * @member {string} command
             * @memberof atlas.ipc.SendCommandRequest
             * @instance
             */
            SendCommandRequest.prototype.command = "";

            /**
             * Creates a new SendCommandRequest instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.SendCommandRequest
             * @static
             * @param {atlas.ipc.SendCommandRequest.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.SendCommandRequest} SendCommandRequest instance
             * @type {{
             *   (properties: atlas.ipc.SendCommandRequest.$Shape): atlas.ipc.SendCommandRequest & atlas.ipc.SendCommandRequest.$Shape;
             *   (properties?: atlas.ipc.SendCommandRequest.$Properties): atlas.ipc.SendCommandRequest;
             * }}
             */
            SendCommandRequest.create = function(properties) {
                return new SendCommandRequest(properties);
            };

            /**
             * Encodes the specified SendCommandRequest message. Does not implicitly {@link atlas.ipc.SendCommandRequest.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.SendCommandRequest
             * @static
             * @param {atlas.ipc.SendCommandRequest.$Properties} message SendCommandRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendCommandRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.command);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SendCommandRequest message, length delimited. Does not implicitly {@link atlas.ipc.SendCommandRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.SendCommandRequest
             * @static
             * @param {atlas.ipc.SendCommandRequest.$Properties} message SendCommandRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendCommandRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendCommandRequest message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.SendCommandRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.SendCommandRequest & atlas.ipc.SendCommandRequest.$Shape} SendCommandRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendCommandRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.SendCommandRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.command = value;
                            else
                                delete message.command;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SendCommandRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.SendCommandRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.SendCommandRequest & atlas.ipc.SendCommandRequest.$Shape} SendCommandRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendCommandRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendCommandRequest message.
             * @function verify
             * @memberof atlas.ipc.SendCommandRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendCommandRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    if (!$util.isString(message.command))
                        return "command: string expected";
                return null;
            };

            /**
             * Creates a SendCommandRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.SendCommandRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.SendCommandRequest} SendCommandRequest
             */
            SendCommandRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.SendCommandRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.SendCommandRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.SendCommandRequest();
                if (object.command != null)
                    if (typeof object.command !== "string" || object.command.length)
                        message.command = $String(object.command);
                return message;
            };

            /**
             * Creates a plain object from a SendCommandRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.SendCommandRequest
             * @static
             * @param {atlas.ipc.SendCommandRequest} message SendCommandRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendCommandRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.command = "";
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    object.command = message.command;
                return object;
            };

            /**
             * Converts this SendCommandRequest to JSON.
             * @function toJSON
             * @memberof atlas.ipc.SendCommandRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendCommandRequest.prototype.toJSON = function() {
                return SendCommandRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendCommandRequest
             * @function getTypeUrl
             * @memberof atlas.ipc.SendCommandRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendCommandRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.SendCommandRequest";
            };

            return SendCommandRequest;
        })();

        ipc.SendCommandResponse = (function() {

            /**
             * Properties of a SendCommandResponse.
             * @typedef {Object} atlas.ipc.SendCommandResponse.$Properties
             * @property {boolean|null} [success] SendCommandResponse success
             * @property {string|null} [response] SendCommandResponse response
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendCommandResponse.
             * @memberof atlas.ipc
             * @interface ISendCommandResponse
             * @augments atlas.ipc.SendCommandResponse.$Properties
             * @deprecated Use atlas.ipc.SendCommandResponse.$Properties instead.
             */

            /**
             * Shape of a SendCommandResponse.
             * @typedef {atlas.ipc.SendCommandResponse.$Properties} atlas.ipc.SendCommandResponse.$Shape
             */

            /**
             * Constructs a new SendCommandResponse.
             * @memberof atlas.ipc
             * @classdesc Represents a SendCommandResponse.
             * @constructor
             * @param {atlas.ipc.SendCommandResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendCommandResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendCommandResponse success.
             * @member {boolean} success
             * @memberof atlas.ipc.SendCommandResponse
             * @instance
             */
            SendCommandResponse.prototype.success = false;

            /**
             * SendCommandResponse response.
             * @member {string} response
             * @memberof atlas.ipc.SendCommandResponse
             * @instance
             */
            SendCommandResponse.prototype.response = "";

            /**
             * Creates a new SendCommandResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.SendCommandResponse
             * @static
             * @param {atlas.ipc.SendCommandResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.SendCommandResponse} SendCommandResponse instance
             * @type {{
             *   (properties: atlas.ipc.SendCommandResponse.$Shape): atlas.ipc.SendCommandResponse & atlas.ipc.SendCommandResponse.$Shape;
             *   (properties?: atlas.ipc.SendCommandResponse.$Properties): atlas.ipc.SendCommandResponse;
             * }}
             */
            SendCommandResponse.create = function(properties) {
                return new SendCommandResponse(properties);
            };

            /**
             * Encodes the specified SendCommandResponse message. Does not implicitly {@link atlas.ipc.SendCommandResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.SendCommandResponse
             * @static
             * @param {atlas.ipc.SendCommandResponse.$Properties} message SendCommandResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendCommandResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
                if (message.response != null && $Object.hasOwnProperty.call(message, "response") && message.response !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.response);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SendCommandResponse message, length delimited. Does not implicitly {@link atlas.ipc.SendCommandResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.SendCommandResponse
             * @static
             * @param {atlas.ipc.SendCommandResponse.$Properties} message SendCommandResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendCommandResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendCommandResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.SendCommandResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.SendCommandResponse & atlas.ipc.SendCommandResponse.$Shape} SendCommandResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendCommandResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.SendCommandResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.success = value;
                            else
                                delete message.success;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.response = value;
                            else
                                delete message.response;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SendCommandResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.SendCommandResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.SendCommandResponse & atlas.ipc.SendCommandResponse.$Shape} SendCommandResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendCommandResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendCommandResponse message.
             * @function verify
             * @memberof atlas.ipc.SendCommandResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendCommandResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    if (typeof message.success !== "boolean")
                        return "success: boolean expected";
                if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                    if (!$util.isString(message.response))
                        return "response: string expected";
                return null;
            };

            /**
             * Creates a SendCommandResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.SendCommandResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.SendCommandResponse} SendCommandResponse
             */
            SendCommandResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.SendCommandResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.SendCommandResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.SendCommandResponse();
                if (object.success != null)
                    if (object.success)
                        message.success = $Boolean(object.success);
                if (object.response != null)
                    if (typeof object.response !== "string" || object.response.length)
                        message.response = $String(object.response);
                return message;
            };

            /**
             * Creates a plain object from a SendCommandResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.SendCommandResponse
             * @static
             * @param {atlas.ipc.SendCommandResponse} message SendCommandResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendCommandResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.success = false;
                    object.response = "";
                }
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    object.success = message.success;
                if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                    object.response = message.response;
                return object;
            };

            /**
             * Converts this SendCommandResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.SendCommandResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendCommandResponse.prototype.toJSON = function() {
                return SendCommandResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendCommandResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.SendCommandResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendCommandResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.SendCommandResponse";
            };

            return SendCommandResponse;
        })();

        ipc.GetLogsRequest = (function() {

            /**
             * Properties of a GetLogsRequest.
             * @typedef {Object} atlas.ipc.GetLogsRequest.$Properties
             * @property {number|null} [lines] GetLogsRequest lines
             * @property {boolean|null} [follow] GetLogsRequest follow
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetLogsRequest.
             * @memberof atlas.ipc
             * @interface IGetLogsRequest
             * @augments atlas.ipc.GetLogsRequest.$Properties
             * @deprecated Use atlas.ipc.GetLogsRequest.$Properties instead.
             */

            /**
             * Shape of a GetLogsRequest.
             * @typedef {atlas.ipc.GetLogsRequest.$Properties} atlas.ipc.GetLogsRequest.$Shape
             */

            /**
             * Constructs a new GetLogsRequest.
             * @memberof atlas.ipc
             * @classdesc Represents a GetLogsRequest.
             * @constructor
             * @param {atlas.ipc.GetLogsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetLogsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetLogsRequest lines.
             * @member {number} lines
             * @memberof atlas.ipc.GetLogsRequest
             * @instance
             */
            GetLogsRequest.prototype.lines = 0;

            /**
             * GetLogsRequest follow.
             * @member {boolean} follow
             * @memberof atlas.ipc.GetLogsRequest
             * @instance
             */
            GetLogsRequest.prototype.follow = false;

            /**
             * Creates a new GetLogsRequest instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.GetLogsRequest
             * @static
             * @param {atlas.ipc.GetLogsRequest.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.GetLogsRequest} GetLogsRequest instance
             * @type {{
             *   (properties: atlas.ipc.GetLogsRequest.$Shape): atlas.ipc.GetLogsRequest & atlas.ipc.GetLogsRequest.$Shape;
             *   (properties?: atlas.ipc.GetLogsRequest.$Properties): atlas.ipc.GetLogsRequest;
             * }}
             */
            GetLogsRequest.create = function(properties) {
                return new GetLogsRequest(properties);
            };

            /**
             * Encodes the specified GetLogsRequest message. Does not implicitly {@link atlas.ipc.GetLogsRequest.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.GetLogsRequest
             * @static
             * @param {atlas.ipc.GetLogsRequest.$Properties} message GetLogsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetLogsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines") && message.lines !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.lines);
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow") && message.follow !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.follow);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetLogsRequest message, length delimited. Does not implicitly {@link atlas.ipc.GetLogsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.GetLogsRequest
             * @static
             * @param {atlas.ipc.GetLogsRequest.$Properties} message GetLogsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetLogsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetLogsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.GetLogsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.GetLogsRequest & atlas.ipc.GetLogsRequest.$Shape} GetLogsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetLogsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.GetLogsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lines = value;
                            else
                                delete message.lines;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.follow = value;
                            else
                                delete message.follow;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetLogsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.GetLogsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetLogsRequest & atlas.ipc.GetLogsRequest.$Shape} GetLogsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetLogsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetLogsRequest message.
             * @function verify
             * @memberof atlas.ipc.GetLogsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetLogsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines"))
                    if (!$util.isInteger(message.lines))
                        return "lines: integer expected";
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    if (typeof message.follow !== "boolean")
                        return "follow: boolean expected";
                return null;
            };

            /**
             * Creates a GetLogsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.GetLogsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.GetLogsRequest} GetLogsRequest
             */
            GetLogsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.GetLogsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.GetLogsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.GetLogsRequest();
                if (object.lines != null)
                    if ($Number(object.lines) !== 0)
                        message.lines = object.lines >>> 0;
                if (object.follow != null)
                    if (object.follow)
                        message.follow = $Boolean(object.follow);
                return message;
            };

            /**
             * Creates a plain object from a GetLogsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.GetLogsRequest
             * @static
             * @param {atlas.ipc.GetLogsRequest} message GetLogsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetLogsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.lines = 0;
                    object.follow = false;
                }
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines"))
                    object.lines = message.lines;
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    object.follow = message.follow;
                return object;
            };

            /**
             * Converts this GetLogsRequest to JSON.
             * @function toJSON
             * @memberof atlas.ipc.GetLogsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetLogsRequest.prototype.toJSON = function() {
                return GetLogsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetLogsRequest
             * @function getTypeUrl
             * @memberof atlas.ipc.GetLogsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetLogsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.GetLogsRequest";
            };

            return GetLogsRequest;
        })();

        ipc.GetLogsResponse = (function() {

            /**
             * Properties of a GetLogsResponse.
             * @typedef {Object} atlas.ipc.GetLogsResponse.$Properties
             * @property {Array.<string>|null} [lines] GetLogsResponse lines
             * @property {boolean|null} [eof] GetLogsResponse eof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetLogsResponse.
             * @memberof atlas.ipc
             * @interface IGetLogsResponse
             * @augments atlas.ipc.GetLogsResponse.$Properties
             * @deprecated Use atlas.ipc.GetLogsResponse.$Properties instead.
             */

            /**
             * Shape of a GetLogsResponse.
             * @typedef {atlas.ipc.GetLogsResponse.$Properties} atlas.ipc.GetLogsResponse.$Shape
             */

            /**
             * Constructs a new GetLogsResponse.
             * @memberof atlas.ipc
             * @classdesc Represents a GetLogsResponse.
             * @constructor
             * @param {atlas.ipc.GetLogsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetLogsResponse = function (properties) {
                this.lines = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetLogsResponse lines.
             * @member {Array.<string>} lines
             * @memberof atlas.ipc.GetLogsResponse
             * @instance
             */
            GetLogsResponse.prototype.lines = $util.emptyArray;

            /**
             * GetLogsResponse eof.
             * @member {boolean} eof
             * @memberof atlas.ipc.GetLogsResponse
             * @instance
             */
            GetLogsResponse.prototype.eof = false;

            /**
             * Creates a new GetLogsResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.GetLogsResponse
             * @static
             * @param {atlas.ipc.GetLogsResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.GetLogsResponse} GetLogsResponse instance
             * @type {{
             *   (properties: atlas.ipc.GetLogsResponse.$Shape): atlas.ipc.GetLogsResponse & atlas.ipc.GetLogsResponse.$Shape;
             *   (properties?: atlas.ipc.GetLogsResponse.$Properties): atlas.ipc.GetLogsResponse;
             * }}
             */
            GetLogsResponse.create = function(properties) {
                return new GetLogsResponse(properties);
            };

            /**
             * Encodes the specified GetLogsResponse message. Does not implicitly {@link atlas.ipc.GetLogsResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.GetLogsResponse
             * @static
             * @param {atlas.ipc.GetLogsResponse.$Properties} message GetLogsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetLogsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lines != null && message.lines.length)
                    for (let i = 0; i < message.lines.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.lines[i]);
                if (message.eof != null && $Object.hasOwnProperty.call(message, "eof") && message.eof !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.eof);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetLogsResponse message, length delimited. Does not implicitly {@link atlas.ipc.GetLogsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.GetLogsResponse
             * @static
             * @param {atlas.ipc.GetLogsResponse.$Properties} message GetLogsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetLogsResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetLogsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.GetLogsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.GetLogsResponse & atlas.ipc.GetLogsResponse.$Shape} GetLogsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetLogsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.GetLogsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.lines && message.lines.length))
                                message.lines = [];
                            message.lines.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.eof = value;
                            else
                                delete message.eof;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetLogsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.GetLogsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetLogsResponse & atlas.ipc.GetLogsResponse.$Shape} GetLogsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetLogsResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetLogsResponse message.
             * @function verify
             * @memberof atlas.ipc.GetLogsResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetLogsResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines")) {
                    if (!$Array.isArray(message.lines))
                        return "lines: array expected";
                    for (let i = 0; i < message.lines.length; ++i)
                        if (!$util.isString(message.lines[i]))
                            return "lines: string[] expected";
                }
                if (message.eof != null && $Object.hasOwnProperty.call(message, "eof"))
                    if (typeof message.eof !== "boolean")
                        return "eof: boolean expected";
                return null;
            };

            /**
             * Creates a GetLogsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.GetLogsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.GetLogsResponse} GetLogsResponse
             */
            GetLogsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.GetLogsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.GetLogsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.GetLogsResponse();
                if (object.lines) {
                    if (!$Array.isArray(object.lines))
                        throw $TypeError(".atlas.ipc.GetLogsResponse.lines: array expected");
                    message.lines = $Array(object.lines.length);
                    for (let i = 0; i < object.lines.length; ++i)
                        message.lines[i] = $String(object.lines[i]);
                }
                if (object.eof != null)
                    if (object.eof)
                        message.eof = $Boolean(object.eof);
                return message;
            };

            /**
             * Creates a plain object from a GetLogsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.GetLogsResponse
             * @static
             * @param {atlas.ipc.GetLogsResponse} message GetLogsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetLogsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.lines = [];
                if (options.defaults)
                    object.eof = false;
                if (message.lines && message.lines.length) {
                    object.lines = $Array(message.lines.length);
                    for (let j = 0; j < message.lines.length; ++j)
                        object.lines[j] = message.lines[j];
                }
                if (message.eof != null && $Object.hasOwnProperty.call(message, "eof"))
                    object.eof = message.eof;
                return object;
            };

            /**
             * Converts this GetLogsResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.GetLogsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetLogsResponse.prototype.toJSON = function() {
                return GetLogsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetLogsResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.GetLogsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetLogsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.GetLogsResponse";
            };

            return GetLogsResponse;
        })();

        ipc.CreateBackupRequest = (function() {

            /**
             * Properties of a CreateBackupRequest.
             * @typedef {Object} atlas.ipc.CreateBackupRequest.$Properties
             * @property {string|null} [name] CreateBackupRequest name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateBackupRequest.
             * @memberof atlas.ipc
             * @interface ICreateBackupRequest
             * @augments atlas.ipc.CreateBackupRequest.$Properties
             * @deprecated Use atlas.ipc.CreateBackupRequest.$Properties instead.
             */

            /**
             * Shape of a CreateBackupRequest.
             * @typedef {atlas.ipc.CreateBackupRequest.$Properties} atlas.ipc.CreateBackupRequest.$Shape
             */

            /**
             * Constructs a new CreateBackupRequest.
             * @memberof atlas.ipc
             * @classdesc Represents a CreateBackupRequest.
             * @constructor
             * @param {atlas.ipc.CreateBackupRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateBackupRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateBackupRequest name.
             * @member {string} name
             * @memberof atlas.ipc.CreateBackupRequest
             * @instance
             */
            CreateBackupRequest.prototype.name = "";

            /**
             * Creates a new CreateBackupRequest instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.CreateBackupRequest
             * @static
             * @param {atlas.ipc.CreateBackupRequest.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.CreateBackupRequest} CreateBackupRequest instance
             * @type {{
             *   (properties: atlas.ipc.CreateBackupRequest.$Shape): atlas.ipc.CreateBackupRequest & atlas.ipc.CreateBackupRequest.$Shape;
             *   (properties?: atlas.ipc.CreateBackupRequest.$Properties): atlas.ipc.CreateBackupRequest;
             * }}
             */
            CreateBackupRequest.create = function(properties) {
                return new CreateBackupRequest(properties);
            };

            /**
             * Encodes the specified CreateBackupRequest message. Does not implicitly {@link atlas.ipc.CreateBackupRequest.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.CreateBackupRequest
             * @static
             * @param {atlas.ipc.CreateBackupRequest.$Properties} message CreateBackupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateBackupRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CreateBackupRequest message, length delimited. Does not implicitly {@link atlas.ipc.CreateBackupRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.CreateBackupRequest
             * @static
             * @param {atlas.ipc.CreateBackupRequest.$Properties} message CreateBackupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateBackupRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CreateBackupRequest message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.CreateBackupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.CreateBackupRequest & atlas.ipc.CreateBackupRequest.$Shape} CreateBackupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateBackupRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.CreateBackupRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CreateBackupRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.CreateBackupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.CreateBackupRequest & atlas.ipc.CreateBackupRequest.$Shape} CreateBackupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateBackupRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CreateBackupRequest message.
             * @function verify
             * @memberof atlas.ipc.CreateBackupRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CreateBackupRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                return null;
            };

            /**
             * Creates a CreateBackupRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.CreateBackupRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.CreateBackupRequest} CreateBackupRequest
             */
            CreateBackupRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.CreateBackupRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.CreateBackupRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.CreateBackupRequest();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            /**
             * Creates a plain object from a CreateBackupRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.CreateBackupRequest
             * @static
             * @param {atlas.ipc.CreateBackupRequest} message CreateBackupRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateBackupRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this CreateBackupRequest to JSON.
             * @function toJSON
             * @memberof atlas.ipc.CreateBackupRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateBackupRequest.prototype.toJSON = function() {
                return CreateBackupRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateBackupRequest
             * @function getTypeUrl
             * @memberof atlas.ipc.CreateBackupRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateBackupRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.CreateBackupRequest";
            };

            return CreateBackupRequest;
        })();

        ipc.CreateBackupResponse = (function() {

            /**
             * Properties of a CreateBackupResponse.
             * @typedef {Object} atlas.ipc.CreateBackupResponse.$Properties
             * @property {boolean|null} [success] CreateBackupResponse success
             * @property {string|null} [backupId] CreateBackupResponse backupId
             * @property {string|null} [message] CreateBackupResponse message
             * @property {number|null} [savingPausedMs] CreateBackupResponse savingPausedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateBackupResponse.
             * @memberof atlas.ipc
             * @interface ICreateBackupResponse
             * @augments atlas.ipc.CreateBackupResponse.$Properties
             * @deprecated Use atlas.ipc.CreateBackupResponse.$Properties instead.
             */

            /**
             * Shape of a CreateBackupResponse.
             * @typedef {atlas.ipc.CreateBackupResponse.$Properties} atlas.ipc.CreateBackupResponse.$Shape
             */

            /**
             * Constructs a new CreateBackupResponse.
             * @memberof atlas.ipc
             * @classdesc Represents a CreateBackupResponse.
             * @constructor
             * @param {atlas.ipc.CreateBackupResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateBackupResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateBackupResponse success.
             * @member {boolean} success
             * @memberof atlas.ipc.CreateBackupResponse
             * @instance
             */
            CreateBackupResponse.prototype.success = false;

            /**
             * CreateBackupResponse backupId.
             * @member {string} backupId
             * @memberof atlas.ipc.CreateBackupResponse
             * @instance
             */
            CreateBackupResponse.prototype.backupId = "";

            /**
             * CreateBackupResponse message.
             * @member {string} message
             * @memberof atlas.ipc.CreateBackupResponse
             * @instance
             */
            CreateBackupResponse.prototype.message = "";

            /**
             * CreateBackupResponse savingPausedMs.
             * @member {number} savingPausedMs
             * @memberof atlas.ipc.CreateBackupResponse
             * @instance
             */
            CreateBackupResponse.prototype.savingPausedMs = 0;

            /**
             * Creates a new CreateBackupResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.CreateBackupResponse
             * @static
             * @param {atlas.ipc.CreateBackupResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.CreateBackupResponse} CreateBackupResponse instance
             * @type {{
             *   (properties: atlas.ipc.CreateBackupResponse.$Shape): atlas.ipc.CreateBackupResponse & atlas.ipc.CreateBackupResponse.$Shape;
             *   (properties?: atlas.ipc.CreateBackupResponse.$Properties): atlas.ipc.CreateBackupResponse;
             * }}
             */
            CreateBackupResponse.create = function(properties) {
                return new CreateBackupResponse(properties);
            };

            /**
             * Encodes the specified CreateBackupResponse message. Does not implicitly {@link atlas.ipc.CreateBackupResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.CreateBackupResponse
             * @static
             * @param {atlas.ipc.CreateBackupResponse.$Properties} message CreateBackupResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateBackupResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
                if (message.backupId != null && $Object.hasOwnProperty.call(message, "backupId") && message.backupId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.backupId);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.savingPausedMs != null && $Object.hasOwnProperty.call(message, "savingPausedMs") && message.savingPausedMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.savingPausedMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CreateBackupResponse message, length delimited. Does not implicitly {@link atlas.ipc.CreateBackupResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.CreateBackupResponse
             * @static
             * @param {atlas.ipc.CreateBackupResponse.$Properties} message CreateBackupResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateBackupResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CreateBackupResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.CreateBackupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.CreateBackupResponse & atlas.ipc.CreateBackupResponse.$Shape} CreateBackupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateBackupResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.CreateBackupResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.success = value;
                            else
                                delete message.success;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backupId = value;
                            else
                                delete message.backupId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.savingPausedMs = value;
                            else
                                delete message.savingPausedMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CreateBackupResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.CreateBackupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.CreateBackupResponse & atlas.ipc.CreateBackupResponse.$Shape} CreateBackupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateBackupResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CreateBackupResponse message.
             * @function verify
             * @memberof atlas.ipc.CreateBackupResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CreateBackupResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    if (typeof message.success !== "boolean")
                        return "success: boolean expected";
                if (message.backupId != null && $Object.hasOwnProperty.call(message, "backupId"))
                    if (!$util.isString(message.backupId))
                        return "backupId: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.savingPausedMs != null && $Object.hasOwnProperty.call(message, "savingPausedMs"))
                    if (!$util.isInteger(message.savingPausedMs))
                        return "savingPausedMs: integer expected";
                return null;
            };

            /**
             * Creates a CreateBackupResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.CreateBackupResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.CreateBackupResponse} CreateBackupResponse
             */
            CreateBackupResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.CreateBackupResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.CreateBackupResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.CreateBackupResponse();
                if (object.success != null)
                    if (object.success)
                        message.success = $Boolean(object.success);
                if (object.backupId != null)
                    if (typeof object.backupId !== "string" || object.backupId.length)
                        message.backupId = $String(object.backupId);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.savingPausedMs != null)
                    if ($Number(object.savingPausedMs) !== 0)
                        message.savingPausedMs = object.savingPausedMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a CreateBackupResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.CreateBackupResponse
             * @static
             * @param {atlas.ipc.CreateBackupResponse} message CreateBackupResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateBackupResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.success = false;
                    object.backupId = "";
                    object.message = "";
                    object.savingPausedMs = 0;
                }
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    object.success = message.success;
                if (message.backupId != null && $Object.hasOwnProperty.call(message, "backupId"))
                    object.backupId = message.backupId;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.savingPausedMs != null && $Object.hasOwnProperty.call(message, "savingPausedMs"))
                    object.savingPausedMs = message.savingPausedMs;
                return object;
            };

            /**
             * Converts this CreateBackupResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.CreateBackupResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateBackupResponse.prototype.toJSON = function() {
                return CreateBackupResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateBackupResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.CreateBackupResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateBackupResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.CreateBackupResponse";
            };

            return CreateBackupResponse;
        })();

        ipc.ListBackupsRequest = (function() {

            /**
             * Properties of a ListBackupsRequest.
             * @typedef {Object} atlas.ipc.ListBackupsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListBackupsRequest.
             * @memberof atlas.ipc
             * @interface IListBackupsRequest
             * @augments atlas.ipc.ListBackupsRequest.$Properties
             * @deprecated Use atlas.ipc.ListBackupsRequest.$Properties instead.
             */

            /**
             * Shape of a ListBackupsRequest.
             * @typedef {atlas.ipc.ListBackupsRequest.$Properties} atlas.ipc.ListBackupsRequest.$Shape
             */

            /**
             * Constructs a new ListBackupsRequest.
             * @memberof atlas.ipc
             * @classdesc Represents a ListBackupsRequest.
             * @constructor
             * @param {atlas.ipc.ListBackupsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListBackupsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListBackupsRequest instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.ListBackupsRequest
             * @static
             * @param {atlas.ipc.ListBackupsRequest.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.ListBackupsRequest} ListBackupsRequest instance
             * @type {{
             *   (properties: atlas.ipc.ListBackupsRequest.$Shape): atlas.ipc.ListBackupsRequest & atlas.ipc.ListBackupsRequest.$Shape;
             *   (properties?: atlas.ipc.ListBackupsRequest.$Properties): atlas.ipc.ListBackupsRequest;
             * }}
             */
            ListBackupsRequest.create = function(properties) {
                return new ListBackupsRequest(properties);
            };

            /**
             * Encodes the specified ListBackupsRequest message. Does not implicitly {@link atlas.ipc.ListBackupsRequest.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.ListBackupsRequest
             * @static
             * @param {atlas.ipc.ListBackupsRequest.$Properties} message ListBackupsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListBackupsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListBackupsRequest message, length delimited. Does not implicitly {@link atlas.ipc.ListBackupsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.ListBackupsRequest
             * @static
             * @param {atlas.ipc.ListBackupsRequest.$Properties} message ListBackupsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListBackupsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListBackupsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.ListBackupsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.ListBackupsRequest & atlas.ipc.ListBackupsRequest.$Shape} ListBackupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListBackupsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.ListBackupsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListBackupsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.ListBackupsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.ListBackupsRequest & atlas.ipc.ListBackupsRequest.$Shape} ListBackupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListBackupsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListBackupsRequest message.
             * @function verify
             * @memberof atlas.ipc.ListBackupsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListBackupsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ListBackupsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.ListBackupsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.ListBackupsRequest} ListBackupsRequest
             */
            ListBackupsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.ListBackupsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.ListBackupsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.atlas.ipc.ListBackupsRequest();
            };

            /**
             * Creates a plain object from a ListBackupsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.ListBackupsRequest
             * @static
             * @param {atlas.ipc.ListBackupsRequest} message ListBackupsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListBackupsRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ListBackupsRequest to JSON.
             * @function toJSON
             * @memberof atlas.ipc.ListBackupsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListBackupsRequest.prototype.toJSON = function() {
                return ListBackupsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListBackupsRequest
             * @function getTypeUrl
             * @memberof atlas.ipc.ListBackupsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListBackupsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.ListBackupsRequest";
            };

            return ListBackupsRequest;
        })();

        ipc.ListBackupsResponse = (function() {

            /**
             * Properties of a ListBackupsResponse.
             * @typedef {Object} atlas.ipc.ListBackupsResponse.$Properties
             * @property {Array.<atlas.common.BackupInfo.$Properties>|null} [backups] ListBackupsResponse backups
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListBackupsResponse.
             * @memberof atlas.ipc
             * @interface IListBackupsResponse
             * @augments atlas.ipc.ListBackupsResponse.$Properties
             * @deprecated Use atlas.ipc.ListBackupsResponse.$Properties instead.
             */

            /**
             * Shape of a ListBackupsResponse.
             * @typedef {atlas.ipc.ListBackupsResponse.$Properties} atlas.ipc.ListBackupsResponse.$Shape
             */

            /**
             * Constructs a new ListBackupsResponse.
             * @memberof atlas.ipc
             * @classdesc Represents a ListBackupsResponse.
             * @constructor
             * @param {atlas.ipc.ListBackupsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListBackupsResponse = function (properties) {
                this.backups = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListBackupsResponse backups.
             * @member {Array.<atlas.common.BackupInfo.$Properties>} backups
             * @memberof atlas.ipc.ListBackupsResponse
             * @instance
             */
            ListBackupsResponse.prototype.backups = $util.emptyArray;

            /**
             * Creates a new ListBackupsResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.ListBackupsResponse
             * @static
             * @param {atlas.ipc.ListBackupsResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.ListBackupsResponse} ListBackupsResponse instance
             * @type {{
             *   (properties: atlas.ipc.ListBackupsResponse.$Shape): atlas.ipc.ListBackupsResponse & atlas.ipc.ListBackupsResponse.$Shape;
             *   (properties?: atlas.ipc.ListBackupsResponse.$Properties): atlas.ipc.ListBackupsResponse;
             * }}
             */
            ListBackupsResponse.create = function(properties) {
                return new ListBackupsResponse(properties);
            };

            /**
             * Encodes the specified ListBackupsResponse message. Does not implicitly {@link atlas.ipc.ListBackupsResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.ListBackupsResponse
             * @static
             * @param {atlas.ipc.ListBackupsResponse.$Properties} message ListBackupsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListBackupsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.backups != null && message.backups.length)
                    for (let i = 0; i < message.backups.length; ++i)
                        $root.atlas.common.BackupInfo.encode(message.backups[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListBackupsResponse message, length delimited. Does not implicitly {@link atlas.ipc.ListBackupsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.ListBackupsResponse
             * @static
             * @param {atlas.ipc.ListBackupsResponse.$Properties} message ListBackupsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListBackupsResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListBackupsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.ListBackupsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.ListBackupsResponse & atlas.ipc.ListBackupsResponse.$Shape} ListBackupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListBackupsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.ListBackupsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.backups && message.backups.length))
                                message.backups = [];
                            message.backups.push($root.atlas.common.BackupInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListBackupsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.ListBackupsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.ListBackupsResponse & atlas.ipc.ListBackupsResponse.$Shape} ListBackupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListBackupsResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListBackupsResponse message.
             * @function verify
             * @memberof atlas.ipc.ListBackupsResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListBackupsResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.backups != null && $Object.hasOwnProperty.call(message, "backups")) {
                    if (!$Array.isArray(message.backups))
                        return "backups: array expected";
                    for (let i = 0; i < message.backups.length; ++i) {
                        let error = $root.atlas.common.BackupInfo.verify(message.backups[i], _depth + 1);
                        if (error)
                            return "backups." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListBackupsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.ListBackupsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.ListBackupsResponse} ListBackupsResponse
             */
            ListBackupsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.ListBackupsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.ListBackupsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.ListBackupsResponse();
                if (object.backups) {
                    if (!$Array.isArray(object.backups))
                        throw $TypeError(".atlas.ipc.ListBackupsResponse.backups: array expected");
                    message.backups = $Array(object.backups.length);
                    for (let i = 0; i < object.backups.length; ++i) {
                        if (!$util.isObject(object.backups[i]))
                            throw $TypeError(".atlas.ipc.ListBackupsResponse.backups: object expected");
                        message.backups[i] = $root.atlas.common.BackupInfo.fromObject(object.backups[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListBackupsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.ListBackupsResponse
             * @static
             * @param {atlas.ipc.ListBackupsResponse} message ListBackupsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListBackupsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.backups = [];
                if (message.backups && message.backups.length) {
                    object.backups = $Array(message.backups.length);
                    for (let j = 0; j < message.backups.length; ++j)
                        object.backups[j] = $root.atlas.common.BackupInfo.toObject(message.backups[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListBackupsResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.ListBackupsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListBackupsResponse.prototype.toJSON = function() {
                return ListBackupsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListBackupsResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.ListBackupsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListBackupsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.ListBackupsResponse";
            };

            return ListBackupsResponse;
        })();

        ipc.RestoreBackupRequest = (function() {

            /**
             * Properties of a RestoreBackupRequest.
             * @typedef {Object} atlas.ipc.RestoreBackupRequest.$Properties
             * @property {string|null} [backupId] RestoreBackupRequest backupId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RestoreBackupRequest.
             * @memberof atlas.ipc
             * @interface IRestoreBackupRequest
             * @augments atlas.ipc.RestoreBackupRequest.$Properties
             * @deprecated Use atlas.ipc.RestoreBackupRequest.$Properties instead.
             */

            /**
             * Shape of a RestoreBackupRequest.
             * @typedef {atlas.ipc.RestoreBackupRequest.$Properties} atlas.ipc.RestoreBackupRequest.$Shape
             */

            /**
             * Constructs a new RestoreBackupRequest.
             * @memberof atlas.ipc
             * @classdesc Represents a RestoreBackupRequest.
             * @constructor
             * @param {atlas.ipc.RestoreBackupRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RestoreBackupRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RestoreBackupRequest backupId.
             * @member {string} backupId
             * @memberof atlas.ipc.RestoreBackupRequest
             * @instance
             */
            RestoreBackupRequest.prototype.backupId = "";

            /**
             * Creates a new RestoreBackupRequest instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.RestoreBackupRequest
             * @static
             * @param {atlas.ipc.RestoreBackupRequest.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.RestoreBackupRequest} RestoreBackupRequest instance
             * @type {{
             *   (properties: atlas.ipc.RestoreBackupRequest.$Shape): atlas.ipc.RestoreBackupRequest & atlas.ipc.RestoreBackupRequest.$Shape;
             *   (properties?: atlas.ipc.RestoreBackupRequest.$Properties): atlas.ipc.RestoreBackupRequest;
             * }}
             */
            RestoreBackupRequest.create = function(properties) {
                return new RestoreBackupRequest(properties);
            };

            /**
             * Encodes the specified RestoreBackupRequest message. Does not implicitly {@link atlas.ipc.RestoreBackupRequest.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.RestoreBackupRequest
             * @static
             * @param {atlas.ipc.RestoreBackupRequest.$Properties} message RestoreBackupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestoreBackupRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.backupId != null && $Object.hasOwnProperty.call(message, "backupId") && message.backupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.backupId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RestoreBackupRequest message, length delimited. Does not implicitly {@link atlas.ipc.RestoreBackupRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.RestoreBackupRequest
             * @static
             * @param {atlas.ipc.RestoreBackupRequest.$Properties} message RestoreBackupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestoreBackupRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RestoreBackupRequest message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.RestoreBackupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.RestoreBackupRequest & atlas.ipc.RestoreBackupRequest.$Shape} RestoreBackupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestoreBackupRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.RestoreBackupRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backupId = value;
                            else
                                delete message.backupId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RestoreBackupRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.RestoreBackupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.RestoreBackupRequest & atlas.ipc.RestoreBackupRequest.$Shape} RestoreBackupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestoreBackupRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RestoreBackupRequest message.
             * @function verify
             * @memberof atlas.ipc.RestoreBackupRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RestoreBackupRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.backupId != null && $Object.hasOwnProperty.call(message, "backupId"))
                    if (!$util.isString(message.backupId))
                        return "backupId: string expected";
                return null;
            };

            /**
             * Creates a RestoreBackupRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.RestoreBackupRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.RestoreBackupRequest} RestoreBackupRequest
             */
            RestoreBackupRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.RestoreBackupRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.RestoreBackupRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.RestoreBackupRequest();
                if (object.backupId != null)
                    if (typeof object.backupId !== "string" || object.backupId.length)
                        message.backupId = $String(object.backupId);
                return message;
            };

            /**
             * Creates a plain object from a RestoreBackupRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.RestoreBackupRequest
             * @static
             * @param {atlas.ipc.RestoreBackupRequest} message RestoreBackupRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RestoreBackupRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.backupId = "";
                if (message.backupId != null && $Object.hasOwnProperty.call(message, "backupId"))
                    object.backupId = message.backupId;
                return object;
            };

            /**
             * Converts this RestoreBackupRequest to JSON.
             * @function toJSON
             * @memberof atlas.ipc.RestoreBackupRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RestoreBackupRequest.prototype.toJSON = function() {
                return RestoreBackupRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RestoreBackupRequest
             * @function getTypeUrl
             * @memberof atlas.ipc.RestoreBackupRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RestoreBackupRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.RestoreBackupRequest";
            };

            return RestoreBackupRequest;
        })();

        ipc.RestoreBackupResponse = (function() {

            /**
             * Properties of a RestoreBackupResponse.
             * @typedef {Object} atlas.ipc.RestoreBackupResponse.$Properties
             * @property {boolean|null} [success] RestoreBackupResponse success
             * @property {string|null} [message] RestoreBackupResponse message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RestoreBackupResponse.
             * @memberof atlas.ipc
             * @interface IRestoreBackupResponse
             * @augments atlas.ipc.RestoreBackupResponse.$Properties
             * @deprecated Use atlas.ipc.RestoreBackupResponse.$Properties instead.
             */

            /**
             * Shape of a RestoreBackupResponse.
             * @typedef {atlas.ipc.RestoreBackupResponse.$Properties} atlas.ipc.RestoreBackupResponse.$Shape
             */

            /**
             * Constructs a new RestoreBackupResponse.
             * @memberof atlas.ipc
             * @classdesc Represents a RestoreBackupResponse.
             * @constructor
             * @param {atlas.ipc.RestoreBackupResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RestoreBackupResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RestoreBackupResponse success.
             * @member {boolean} success
             * @memberof atlas.ipc.RestoreBackupResponse
             * @instance
             */
            RestoreBackupResponse.prototype.success = false;

            /**
             * RestoreBackupResponse message.
             * @member {string} message
             * @memberof atlas.ipc.RestoreBackupResponse
             * @instance
             */
            RestoreBackupResponse.prototype.message = "";

            /**
             * Creates a new RestoreBackupResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.RestoreBackupResponse
             * @static
             * @param {atlas.ipc.RestoreBackupResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.RestoreBackupResponse} RestoreBackupResponse instance
             * @type {{
             *   (properties: atlas.ipc.RestoreBackupResponse.$Shape): atlas.ipc.RestoreBackupResponse & atlas.ipc.RestoreBackupResponse.$Shape;
             *   (properties?: atlas.ipc.RestoreBackupResponse.$Properties): atlas.ipc.RestoreBackupResponse;
             * }}
             */
            RestoreBackupResponse.create = function(properties) {
                return new RestoreBackupResponse(properties);
            };

            /**
             * Encodes the specified RestoreBackupResponse message. Does not implicitly {@link atlas.ipc.RestoreBackupResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.RestoreBackupResponse
             * @static
             * @param {atlas.ipc.RestoreBackupResponse.$Properties} message RestoreBackupResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestoreBackupResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RestoreBackupResponse message, length delimited. Does not implicitly {@link atlas.ipc.RestoreBackupResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.RestoreBackupResponse
             * @static
             * @param {atlas.ipc.RestoreBackupResponse.$Properties} message RestoreBackupResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestoreBackupResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RestoreBackupResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.RestoreBackupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.RestoreBackupResponse & atlas.ipc.RestoreBackupResponse.$Shape} RestoreBackupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestoreBackupResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.RestoreBackupResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.success = value;
                            else
                                delete message.success;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RestoreBackupResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.RestoreBackupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.RestoreBackupResponse & atlas.ipc.RestoreBackupResponse.$Shape} RestoreBackupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestoreBackupResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RestoreBackupResponse message.
             * @function verify
             * @memberof atlas.ipc.RestoreBackupResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RestoreBackupResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    if (typeof message.success !== "boolean")
                        return "success: boolean expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a RestoreBackupResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.RestoreBackupResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.RestoreBackupResponse} RestoreBackupResponse
             */
            RestoreBackupResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.RestoreBackupResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.RestoreBackupResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.RestoreBackupResponse();
                if (object.success != null)
                    if (object.success)
                        message.success = $Boolean(object.success);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a RestoreBackupResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.RestoreBackupResponse
             * @static
             * @param {atlas.ipc.RestoreBackupResponse} message RestoreBackupResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RestoreBackupResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.success = false;
                    object.message = "";
                }
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    object.success = message.success;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this RestoreBackupResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.RestoreBackupResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RestoreBackupResponse.prototype.toJSON = function() {
                return RestoreBackupResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RestoreBackupResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.RestoreBackupResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RestoreBackupResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.RestoreBackupResponse";
            };

            return RestoreBackupResponse;
        })();

        ipc.UpdateServerRequest = (function() {

            /**
             * Properties of an UpdateServerRequest.
             * @typedef {Object} atlas.ipc.UpdateServerRequest.$Properties
             * @property {string|null} [channel] UpdateServerRequest channel
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateServerRequest.
             * @memberof atlas.ipc
             * @interface IUpdateServerRequest
             * @augments atlas.ipc.UpdateServerRequest.$Properties
             * @deprecated Use atlas.ipc.UpdateServerRequest.$Properties instead.
             */

            /**
             * Shape of an UpdateServerRequest.
             * @typedef {atlas.ipc.UpdateServerRequest.$Properties} atlas.ipc.UpdateServerRequest.$Shape
             */

            /**
             * Constructs a new UpdateServerRequest.
             * @memberof atlas.ipc
             * @classdesc Represents an UpdateServerRequest.
             * @constructor
             * @param {atlas.ipc.UpdateServerRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateServerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateServerRequest channel.
             * @member {string} channel
             * @memberof atlas.ipc.UpdateServerRequest
             * @instance
             */
            UpdateServerRequest.prototype.channel = "";

            /**
             * Creates a new UpdateServerRequest instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.UpdateServerRequest
             * @static
             * @param {atlas.ipc.UpdateServerRequest.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.UpdateServerRequest} UpdateServerRequest instance
             * @type {{
             *   (properties: atlas.ipc.UpdateServerRequest.$Shape): atlas.ipc.UpdateServerRequest & atlas.ipc.UpdateServerRequest.$Shape;
             *   (properties?: atlas.ipc.UpdateServerRequest.$Properties): atlas.ipc.UpdateServerRequest;
             * }}
             */
            UpdateServerRequest.create = function(properties) {
                return new UpdateServerRequest(properties);
            };

            /**
             * Encodes the specified UpdateServerRequest message. Does not implicitly {@link atlas.ipc.UpdateServerRequest.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.UpdateServerRequest
             * @static
             * @param {atlas.ipc.UpdateServerRequest.$Properties} message UpdateServerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateServerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UpdateServerRequest message, length delimited. Does not implicitly {@link atlas.ipc.UpdateServerRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.UpdateServerRequest
             * @static
             * @param {atlas.ipc.UpdateServerRequest.$Properties} message UpdateServerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateServerRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UpdateServerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.UpdateServerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.UpdateServerRequest & atlas.ipc.UpdateServerRequest.$Shape} UpdateServerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateServerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.UpdateServerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an UpdateServerRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.UpdateServerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.UpdateServerRequest & atlas.ipc.UpdateServerRequest.$Shape} UpdateServerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateServerRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UpdateServerRequest message.
             * @function verify
             * @memberof atlas.ipc.UpdateServerRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UpdateServerRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    if (!$util.isString(message.channel))
                        return "channel: string expected";
                return null;
            };

            /**
             * Creates an UpdateServerRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.UpdateServerRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.UpdateServerRequest} UpdateServerRequest
             */
            UpdateServerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.UpdateServerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.UpdateServerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.UpdateServerRequest();
                if (object.channel != null)
                    if (typeof object.channel !== "string" || object.channel.length)
                        message.channel = $String(object.channel);
                return message;
            };

            /**
             * Creates a plain object from an UpdateServerRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.UpdateServerRequest
             * @static
             * @param {atlas.ipc.UpdateServerRequest} message UpdateServerRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateServerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.channel = "";
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    object.channel = message.channel;
                return object;
            };

            /**
             * Converts this UpdateServerRequest to JSON.
             * @function toJSON
             * @memberof atlas.ipc.UpdateServerRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateServerRequest.prototype.toJSON = function() {
                return UpdateServerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpdateServerRequest
             * @function getTypeUrl
             * @memberof atlas.ipc.UpdateServerRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateServerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.UpdateServerRequest";
            };

            return UpdateServerRequest;
        })();

        ipc.UpdateServerResponse = (function() {

            /**
             * Properties of an UpdateServerResponse.
             * @typedef {Object} atlas.ipc.UpdateServerResponse.$Properties
             * @property {boolean|null} [success] UpdateServerResponse success
             * @property {string|null} [oldVersion] UpdateServerResponse oldVersion
             * @property {string|null} [newVersion] UpdateServerResponse newVersion
             * @property {string|null} [message] UpdateServerResponse message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateServerResponse.
             * @memberof atlas.ipc
             * @interface IUpdateServerResponse
             * @augments atlas.ipc.UpdateServerResponse.$Properties
             * @deprecated Use atlas.ipc.UpdateServerResponse.$Properties instead.
             */

            /**
             * Shape of an UpdateServerResponse.
             * @typedef {atlas.ipc.UpdateServerResponse.$Properties} atlas.ipc.UpdateServerResponse.$Shape
             */

            /**
             * Constructs a new UpdateServerResponse.
             * @memberof atlas.ipc
             * @classdesc Represents an UpdateServerResponse.
             * @constructor
             * @param {atlas.ipc.UpdateServerResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateServerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateServerResponse success.
             * @member {boolean} success
             * @memberof atlas.ipc.UpdateServerResponse
             * @instance
             */
            UpdateServerResponse.prototype.success = false;

            /**
             * UpdateServerResponse oldVersion.
             * @member {string} oldVersion
             * @memberof atlas.ipc.UpdateServerResponse
             * @instance
             */
            UpdateServerResponse.prototype.oldVersion = "";

            /**
             * UpdateServerResponse newVersion.
             * @member {string} newVersion
             * @memberof atlas.ipc.UpdateServerResponse
             * @instance
             */
            UpdateServerResponse.prototype.newVersion = "";

            /**
             * UpdateServerResponse message.
             * @member {string} message
             * @memberof atlas.ipc.UpdateServerResponse
             * @instance
             */
            UpdateServerResponse.prototype.message = "";

            /**
             * Creates a new UpdateServerResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.UpdateServerResponse
             * @static
             * @param {atlas.ipc.UpdateServerResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.UpdateServerResponse} UpdateServerResponse instance
             * @type {{
             *   (properties: atlas.ipc.UpdateServerResponse.$Shape): atlas.ipc.UpdateServerResponse & atlas.ipc.UpdateServerResponse.$Shape;
             *   (properties?: atlas.ipc.UpdateServerResponse.$Properties): atlas.ipc.UpdateServerResponse;
             * }}
             */
            UpdateServerResponse.create = function(properties) {
                return new UpdateServerResponse(properties);
            };

            /**
             * Encodes the specified UpdateServerResponse message. Does not implicitly {@link atlas.ipc.UpdateServerResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.UpdateServerResponse
             * @static
             * @param {atlas.ipc.UpdateServerResponse.$Properties} message UpdateServerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateServerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
                if (message.oldVersion != null && $Object.hasOwnProperty.call(message, "oldVersion") && message.oldVersion !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.oldVersion);
                if (message.newVersion != null && $Object.hasOwnProperty.call(message, "newVersion") && message.newVersion !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.newVersion);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UpdateServerResponse message, length delimited. Does not implicitly {@link atlas.ipc.UpdateServerResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.UpdateServerResponse
             * @static
             * @param {atlas.ipc.UpdateServerResponse.$Properties} message UpdateServerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateServerResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UpdateServerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.UpdateServerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.UpdateServerResponse & atlas.ipc.UpdateServerResponse.$Shape} UpdateServerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateServerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.UpdateServerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.success = value;
                            else
                                delete message.success;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.oldVersion = value;
                            else
                                delete message.oldVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.newVersion = value;
                            else
                                delete message.newVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an UpdateServerResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.UpdateServerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.UpdateServerResponse & atlas.ipc.UpdateServerResponse.$Shape} UpdateServerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateServerResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UpdateServerResponse message.
             * @function verify
             * @memberof atlas.ipc.UpdateServerResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UpdateServerResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    if (typeof message.success !== "boolean")
                        return "success: boolean expected";
                if (message.oldVersion != null && $Object.hasOwnProperty.call(message, "oldVersion"))
                    if (!$util.isString(message.oldVersion))
                        return "oldVersion: string expected";
                if (message.newVersion != null && $Object.hasOwnProperty.call(message, "newVersion"))
                    if (!$util.isString(message.newVersion))
                        return "newVersion: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates an UpdateServerResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.UpdateServerResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.UpdateServerResponse} UpdateServerResponse
             */
            UpdateServerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.UpdateServerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.UpdateServerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.UpdateServerResponse();
                if (object.success != null)
                    if (object.success)
                        message.success = $Boolean(object.success);
                if (object.oldVersion != null)
                    if (typeof object.oldVersion !== "string" || object.oldVersion.length)
                        message.oldVersion = $String(object.oldVersion);
                if (object.newVersion != null)
                    if (typeof object.newVersion !== "string" || object.newVersion.length)
                        message.newVersion = $String(object.newVersion);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from an UpdateServerResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.UpdateServerResponse
             * @static
             * @param {atlas.ipc.UpdateServerResponse} message UpdateServerResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateServerResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.success = false;
                    object.oldVersion = "";
                    object.newVersion = "";
                    object.message = "";
                }
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    object.success = message.success;
                if (message.oldVersion != null && $Object.hasOwnProperty.call(message, "oldVersion"))
                    object.oldVersion = message.oldVersion;
                if (message.newVersion != null && $Object.hasOwnProperty.call(message, "newVersion"))
                    object.newVersion = message.newVersion;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this UpdateServerResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.UpdateServerResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateServerResponse.prototype.toJSON = function() {
                return UpdateServerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpdateServerResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.UpdateServerResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateServerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.UpdateServerResponse";
            };

            return UpdateServerResponse;
        })();

        ipc.GetConfigRequest = (function() {

            /**
             * Properties of a GetConfigRequest.
             * @typedef {Object} atlas.ipc.GetConfigRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetConfigRequest.
             * @memberof atlas.ipc
             * @interface IGetConfigRequest
             * @augments atlas.ipc.GetConfigRequest.$Properties
             * @deprecated Use atlas.ipc.GetConfigRequest.$Properties instead.
             */

            /**
             * Shape of a GetConfigRequest.
             * @typedef {atlas.ipc.GetConfigRequest.$Properties} atlas.ipc.GetConfigRequest.$Shape
             */

            /**
             * Constructs a new GetConfigRequest.
             * @memberof atlas.ipc
             * @classdesc Represents a GetConfigRequest.
             * @constructor
             * @param {atlas.ipc.GetConfigRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetConfigRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new GetConfigRequest instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.GetConfigRequest
             * @static
             * @param {atlas.ipc.GetConfigRequest.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.GetConfigRequest} GetConfigRequest instance
             * @type {{
             *   (properties: atlas.ipc.GetConfigRequest.$Shape): atlas.ipc.GetConfigRequest & atlas.ipc.GetConfigRequest.$Shape;
             *   (properties?: atlas.ipc.GetConfigRequest.$Properties): atlas.ipc.GetConfigRequest;
             * }}
             */
            GetConfigRequest.create = function(properties) {
                return new GetConfigRequest(properties);
            };

            /**
             * Encodes the specified GetConfigRequest message. Does not implicitly {@link atlas.ipc.GetConfigRequest.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.GetConfigRequest
             * @static
             * @param {atlas.ipc.GetConfigRequest.$Properties} message GetConfigRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetConfigRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetConfigRequest message, length delimited. Does not implicitly {@link atlas.ipc.GetConfigRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.GetConfigRequest
             * @static
             * @param {atlas.ipc.GetConfigRequest.$Properties} message GetConfigRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetConfigRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetConfigRequest message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.GetConfigRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.GetConfigRequest & atlas.ipc.GetConfigRequest.$Shape} GetConfigRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetConfigRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.GetConfigRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetConfigRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.GetConfigRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetConfigRequest & atlas.ipc.GetConfigRequest.$Shape} GetConfigRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetConfigRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetConfigRequest message.
             * @function verify
             * @memberof atlas.ipc.GetConfigRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetConfigRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a GetConfigRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.GetConfigRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.GetConfigRequest} GetConfigRequest
             */
            GetConfigRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.GetConfigRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.GetConfigRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.atlas.ipc.GetConfigRequest();
            };

            /**
             * Creates a plain object from a GetConfigRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.GetConfigRequest
             * @static
             * @param {atlas.ipc.GetConfigRequest} message GetConfigRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetConfigRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this GetConfigRequest to JSON.
             * @function toJSON
             * @memberof atlas.ipc.GetConfigRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetConfigRequest.prototype.toJSON = function() {
                return GetConfigRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetConfigRequest
             * @function getTypeUrl
             * @memberof atlas.ipc.GetConfigRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetConfigRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.GetConfigRequest";
            };

            return GetConfigRequest;
        })();

        ipc.GetConfigResponse = (function() {

            /**
             * Properties of a GetConfigResponse.
             * @typedef {Object} atlas.ipc.GetConfigResponse.$Properties
             * @property {string|null} [configJson] GetConfigResponse configJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetConfigResponse.
             * @memberof atlas.ipc
             * @interface IGetConfigResponse
             * @augments atlas.ipc.GetConfigResponse.$Properties
             * @deprecated Use atlas.ipc.GetConfigResponse.$Properties instead.
             */

            /**
             * Shape of a GetConfigResponse.
             * @typedef {atlas.ipc.GetConfigResponse.$Properties} atlas.ipc.GetConfigResponse.$Shape
             */

            /**
             * Constructs a new GetConfigResponse.
             * @memberof atlas.ipc
             * @classdesc Represents a GetConfigResponse.
             * @constructor
             * @param {atlas.ipc.GetConfigResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetConfigResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetConfigResponse configJson.
             * @member {string} configJson
             * @memberof atlas.ipc.GetConfigResponse
             * @instance
             */
            GetConfigResponse.prototype.configJson = "";

            /**
             * Creates a new GetConfigResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.GetConfigResponse
             * @static
             * @param {atlas.ipc.GetConfigResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.GetConfigResponse} GetConfigResponse instance
             * @type {{
             *   (properties: atlas.ipc.GetConfigResponse.$Shape): atlas.ipc.GetConfigResponse & atlas.ipc.GetConfigResponse.$Shape;
             *   (properties?: atlas.ipc.GetConfigResponse.$Properties): atlas.ipc.GetConfigResponse;
             * }}
             */
            GetConfigResponse.create = function(properties) {
                return new GetConfigResponse(properties);
            };

            /**
             * Encodes the specified GetConfigResponse message. Does not implicitly {@link atlas.ipc.GetConfigResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.GetConfigResponse
             * @static
             * @param {atlas.ipc.GetConfigResponse.$Properties} message GetConfigResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetConfigResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.configJson != null && $Object.hasOwnProperty.call(message, "configJson") && message.configJson !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.configJson);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetConfigResponse message, length delimited. Does not implicitly {@link atlas.ipc.GetConfigResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.GetConfigResponse
             * @static
             * @param {atlas.ipc.GetConfigResponse.$Properties} message GetConfigResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetConfigResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetConfigResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.GetConfigResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.GetConfigResponse & atlas.ipc.GetConfigResponse.$Shape} GetConfigResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetConfigResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.GetConfigResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.configJson = value;
                            else
                                delete message.configJson;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetConfigResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.GetConfigResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetConfigResponse & atlas.ipc.GetConfigResponse.$Shape} GetConfigResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetConfigResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetConfigResponse message.
             * @function verify
             * @memberof atlas.ipc.GetConfigResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetConfigResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.configJson != null && $Object.hasOwnProperty.call(message, "configJson"))
                    if (!$util.isString(message.configJson))
                        return "configJson: string expected";
                return null;
            };

            /**
             * Creates a GetConfigResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.GetConfigResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.GetConfigResponse} GetConfigResponse
             */
            GetConfigResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.GetConfigResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.GetConfigResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.GetConfigResponse();
                if (object.configJson != null)
                    if (typeof object.configJson !== "string" || object.configJson.length)
                        message.configJson = $String(object.configJson);
                return message;
            };

            /**
             * Creates a plain object from a GetConfigResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.GetConfigResponse
             * @static
             * @param {atlas.ipc.GetConfigResponse} message GetConfigResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetConfigResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.configJson = "";
                if (message.configJson != null && $Object.hasOwnProperty.call(message, "configJson"))
                    object.configJson = message.configJson;
                return object;
            };

            /**
             * Converts this GetConfigResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.GetConfigResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetConfigResponse.prototype.toJSON = function() {
                return GetConfigResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetConfigResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.GetConfigResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetConfigResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.GetConfigResponse";
            };

            return GetConfigResponse;
        })();

        ipc.SetConfigRequest = (function() {

            /**
             * Properties of a SetConfigRequest.
             * @typedef {Object} atlas.ipc.SetConfigRequest.$Properties
             * @property {string|null} [configJson] SetConfigRequest configJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetConfigRequest.
             * @memberof atlas.ipc
             * @interface ISetConfigRequest
             * @augments atlas.ipc.SetConfigRequest.$Properties
             * @deprecated Use atlas.ipc.SetConfigRequest.$Properties instead.
             */

            /**
             * Shape of a SetConfigRequest.
             * @typedef {atlas.ipc.SetConfigRequest.$Properties} atlas.ipc.SetConfigRequest.$Shape
             */

            /**
             * Constructs a new SetConfigRequest.
             * @memberof atlas.ipc
             * @classdesc Represents a SetConfigRequest.
             * @constructor
             * @param {atlas.ipc.SetConfigRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetConfigRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetConfigRequest configJson.
             * @member {string} configJson
             * @memberof atlas.ipc.SetConfigRequest
             * @instance
             */
            SetConfigRequest.prototype.configJson = "";

            /**
             * Creates a new SetConfigRequest instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.SetConfigRequest
             * @static
             * @param {atlas.ipc.SetConfigRequest.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.SetConfigRequest} SetConfigRequest instance
             * @type {{
             *   (properties: atlas.ipc.SetConfigRequest.$Shape): atlas.ipc.SetConfigRequest & atlas.ipc.SetConfigRequest.$Shape;
             *   (properties?: atlas.ipc.SetConfigRequest.$Properties): atlas.ipc.SetConfigRequest;
             * }}
             */
            SetConfigRequest.create = function(properties) {
                return new SetConfigRequest(properties);
            };

            /**
             * Encodes the specified SetConfigRequest message. Does not implicitly {@link atlas.ipc.SetConfigRequest.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.SetConfigRequest
             * @static
             * @param {atlas.ipc.SetConfigRequest.$Properties} message SetConfigRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetConfigRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.configJson != null && $Object.hasOwnProperty.call(message, "configJson") && message.configJson !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.configJson);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SetConfigRequest message, length delimited. Does not implicitly {@link atlas.ipc.SetConfigRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.SetConfigRequest
             * @static
             * @param {atlas.ipc.SetConfigRequest.$Properties} message SetConfigRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetConfigRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetConfigRequest message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.SetConfigRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.SetConfigRequest & atlas.ipc.SetConfigRequest.$Shape} SetConfigRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetConfigRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.SetConfigRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.configJson = value;
                            else
                                delete message.configJson;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SetConfigRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.SetConfigRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.SetConfigRequest & atlas.ipc.SetConfigRequest.$Shape} SetConfigRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetConfigRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetConfigRequest message.
             * @function verify
             * @memberof atlas.ipc.SetConfigRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetConfigRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.configJson != null && $Object.hasOwnProperty.call(message, "configJson"))
                    if (!$util.isString(message.configJson))
                        return "configJson: string expected";
                return null;
            };

            /**
             * Creates a SetConfigRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.SetConfigRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.SetConfigRequest} SetConfigRequest
             */
            SetConfigRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.SetConfigRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.SetConfigRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.SetConfigRequest();
                if (object.configJson != null)
                    if (typeof object.configJson !== "string" || object.configJson.length)
                        message.configJson = $String(object.configJson);
                return message;
            };

            /**
             * Creates a plain object from a SetConfigRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.SetConfigRequest
             * @static
             * @param {atlas.ipc.SetConfigRequest} message SetConfigRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetConfigRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.configJson = "";
                if (message.configJson != null && $Object.hasOwnProperty.call(message, "configJson"))
                    object.configJson = message.configJson;
                return object;
            };

            /**
             * Converts this SetConfigRequest to JSON.
             * @function toJSON
             * @memberof atlas.ipc.SetConfigRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetConfigRequest.prototype.toJSON = function() {
                return SetConfigRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetConfigRequest
             * @function getTypeUrl
             * @memberof atlas.ipc.SetConfigRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetConfigRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.SetConfigRequest";
            };

            return SetConfigRequest;
        })();

        ipc.SetConfigResponse = (function() {

            /**
             * Properties of a SetConfigResponse.
             * @typedef {Object} atlas.ipc.SetConfigResponse.$Properties
             * @property {boolean|null} [success] SetConfigResponse success
             * @property {string|null} [message] SetConfigResponse message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetConfigResponse.
             * @memberof atlas.ipc
             * @interface ISetConfigResponse
             * @augments atlas.ipc.SetConfigResponse.$Properties
             * @deprecated Use atlas.ipc.SetConfigResponse.$Properties instead.
             */

            /**
             * Shape of a SetConfigResponse.
             * @typedef {atlas.ipc.SetConfigResponse.$Properties} atlas.ipc.SetConfigResponse.$Shape
             */

            /**
             * Constructs a new SetConfigResponse.
             * @memberof atlas.ipc
             * @classdesc Represents a SetConfigResponse.
             * @constructor
             * @param {atlas.ipc.SetConfigResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetConfigResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetConfigResponse success.
             * @member {boolean} success
             * @memberof atlas.ipc.SetConfigResponse
             * @instance
             */
            SetConfigResponse.prototype.success = false;

            /**
             * SetConfigResponse message.
             * @member {string} message
             * @memberof atlas.ipc.SetConfigResponse
             * @instance
             */
            SetConfigResponse.prototype.message = "";

            /**
             * Creates a new SetConfigResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.SetConfigResponse
             * @static
             * @param {atlas.ipc.SetConfigResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.SetConfigResponse} SetConfigResponse instance
             * @type {{
             *   (properties: atlas.ipc.SetConfigResponse.$Shape): atlas.ipc.SetConfigResponse & atlas.ipc.SetConfigResponse.$Shape;
             *   (properties?: atlas.ipc.SetConfigResponse.$Properties): atlas.ipc.SetConfigResponse;
             * }}
             */
            SetConfigResponse.create = function(properties) {
                return new SetConfigResponse(properties);
            };

            /**
             * Encodes the specified SetConfigResponse message. Does not implicitly {@link atlas.ipc.SetConfigResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.SetConfigResponse
             * @static
             * @param {atlas.ipc.SetConfigResponse.$Properties} message SetConfigResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetConfigResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SetConfigResponse message, length delimited. Does not implicitly {@link atlas.ipc.SetConfigResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.SetConfigResponse
             * @static
             * @param {atlas.ipc.SetConfigResponse.$Properties} message SetConfigResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetConfigResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetConfigResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.SetConfigResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.SetConfigResponse & atlas.ipc.SetConfigResponse.$Shape} SetConfigResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetConfigResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.SetConfigResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.success = value;
                            else
                                delete message.success;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SetConfigResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.SetConfigResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.SetConfigResponse & atlas.ipc.SetConfigResponse.$Shape} SetConfigResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetConfigResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetConfigResponse message.
             * @function verify
             * @memberof atlas.ipc.SetConfigResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetConfigResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    if (typeof message.success !== "boolean")
                        return "success: boolean expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a SetConfigResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.SetConfigResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.SetConfigResponse} SetConfigResponse
             */
            SetConfigResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.SetConfigResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.SetConfigResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.SetConfigResponse();
                if (object.success != null)
                    if (object.success)
                        message.success = $Boolean(object.success);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a SetConfigResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.SetConfigResponse
             * @static
             * @param {atlas.ipc.SetConfigResponse} message SetConfigResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetConfigResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.success = false;
                    object.message = "";
                }
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    object.success = message.success;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this SetConfigResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.SetConfigResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetConfigResponse.prototype.toJSON = function() {
                return SetConfigResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetConfigResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.SetConfigResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetConfigResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.SetConfigResponse";
            };

            return SetConfigResponse;
        })();

        ipc.GetMetricsRequest = (function() {

            /**
             * Properties of a GetMetricsRequest.
             * @typedef {Object} atlas.ipc.GetMetricsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetMetricsRequest.
             * @memberof atlas.ipc
             * @interface IGetMetricsRequest
             * @augments atlas.ipc.GetMetricsRequest.$Properties
             * @deprecated Use atlas.ipc.GetMetricsRequest.$Properties instead.
             */

            /**
             * Shape of a GetMetricsRequest.
             * @typedef {atlas.ipc.GetMetricsRequest.$Properties} atlas.ipc.GetMetricsRequest.$Shape
             */

            /**
             * Constructs a new GetMetricsRequest.
             * @memberof atlas.ipc
             * @classdesc Represents a GetMetricsRequest.
             * @constructor
             * @param {atlas.ipc.GetMetricsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetMetricsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new GetMetricsRequest instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.GetMetricsRequest
             * @static
             * @param {atlas.ipc.GetMetricsRequest.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.GetMetricsRequest} GetMetricsRequest instance
             * @type {{
             *   (properties: atlas.ipc.GetMetricsRequest.$Shape): atlas.ipc.GetMetricsRequest & atlas.ipc.GetMetricsRequest.$Shape;
             *   (properties?: atlas.ipc.GetMetricsRequest.$Properties): atlas.ipc.GetMetricsRequest;
             * }}
             */
            GetMetricsRequest.create = function(properties) {
                return new GetMetricsRequest(properties);
            };

            /**
             * Encodes the specified GetMetricsRequest message. Does not implicitly {@link atlas.ipc.GetMetricsRequest.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.GetMetricsRequest
             * @static
             * @param {atlas.ipc.GetMetricsRequest.$Properties} message GetMetricsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetMetricsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetMetricsRequest message, length delimited. Does not implicitly {@link atlas.ipc.GetMetricsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.GetMetricsRequest
             * @static
             * @param {atlas.ipc.GetMetricsRequest.$Properties} message GetMetricsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetMetricsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetMetricsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.GetMetricsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.GetMetricsRequest & atlas.ipc.GetMetricsRequest.$Shape} GetMetricsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetMetricsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.GetMetricsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetMetricsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.GetMetricsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetMetricsRequest & atlas.ipc.GetMetricsRequest.$Shape} GetMetricsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetMetricsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetMetricsRequest message.
             * @function verify
             * @memberof atlas.ipc.GetMetricsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetMetricsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a GetMetricsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.GetMetricsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.GetMetricsRequest} GetMetricsRequest
             */
            GetMetricsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.GetMetricsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.GetMetricsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.atlas.ipc.GetMetricsRequest();
            };

            /**
             * Creates a plain object from a GetMetricsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.GetMetricsRequest
             * @static
             * @param {atlas.ipc.GetMetricsRequest} message GetMetricsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetMetricsRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this GetMetricsRequest to JSON.
             * @function toJSON
             * @memberof atlas.ipc.GetMetricsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetMetricsRequest.prototype.toJSON = function() {
                return GetMetricsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetMetricsRequest
             * @function getTypeUrl
             * @memberof atlas.ipc.GetMetricsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetMetricsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.GetMetricsRequest";
            };

            return GetMetricsRequest;
        })();

        ipc.GetMetricsResponse = (function() {

            /**
             * Properties of a GetMetricsResponse.
             * @typedef {Object} atlas.ipc.GetMetricsResponse.$Properties
             * @property {string|null} [text] GetMetricsResponse text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetMetricsResponse.
             * @memberof atlas.ipc
             * @interface IGetMetricsResponse
             * @augments atlas.ipc.GetMetricsResponse.$Properties
             * @deprecated Use atlas.ipc.GetMetricsResponse.$Properties instead.
             */

            /**
             * Shape of a GetMetricsResponse.
             * @typedef {atlas.ipc.GetMetricsResponse.$Properties} atlas.ipc.GetMetricsResponse.$Shape
             */

            /**
             * Constructs a new GetMetricsResponse.
             * @memberof atlas.ipc
             * @classdesc Represents a GetMetricsResponse.
             * @constructor
             * @param {atlas.ipc.GetMetricsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetMetricsResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetMetricsResponse text.
             * @member {string} text
             * @memberof atlas.ipc.GetMetricsResponse
             * @instance
             */
            GetMetricsResponse.prototype.text = "";

            /**
             * Creates a new GetMetricsResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.GetMetricsResponse
             * @static
             * @param {atlas.ipc.GetMetricsResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.GetMetricsResponse} GetMetricsResponse instance
             * @type {{
             *   (properties: atlas.ipc.GetMetricsResponse.$Shape): atlas.ipc.GetMetricsResponse & atlas.ipc.GetMetricsResponse.$Shape;
             *   (properties?: atlas.ipc.GetMetricsResponse.$Properties): atlas.ipc.GetMetricsResponse;
             * }}
             */
            GetMetricsResponse.create = function(properties) {
                return new GetMetricsResponse(properties);
            };

            /**
             * Encodes the specified GetMetricsResponse message. Does not implicitly {@link atlas.ipc.GetMetricsResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.GetMetricsResponse
             * @static
             * @param {atlas.ipc.GetMetricsResponse.$Properties} message GetMetricsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetMetricsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetMetricsResponse message, length delimited. Does not implicitly {@link atlas.ipc.GetMetricsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.GetMetricsResponse
             * @static
             * @param {atlas.ipc.GetMetricsResponse.$Properties} message GetMetricsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetMetricsResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetMetricsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.GetMetricsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.GetMetricsResponse & atlas.ipc.GetMetricsResponse.$Shape} GetMetricsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetMetricsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.GetMetricsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetMetricsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.GetMetricsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetMetricsResponse & atlas.ipc.GetMetricsResponse.$Shape} GetMetricsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetMetricsResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetMetricsResponse message.
             * @function verify
             * @memberof atlas.ipc.GetMetricsResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetMetricsResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                return null;
            };

            /**
             * Creates a GetMetricsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.GetMetricsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.GetMetricsResponse} GetMetricsResponse
             */
            GetMetricsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.GetMetricsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.GetMetricsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.GetMetricsResponse();
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                return message;
            };

            /**
             * Creates a plain object from a GetMetricsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.GetMetricsResponse
             * @static
             * @param {atlas.ipc.GetMetricsResponse} message GetMetricsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetMetricsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.text = "";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                return object;
            };

            /**
             * Converts this GetMetricsResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.GetMetricsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetMetricsResponse.prototype.toJSON = function() {
                return GetMetricsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetMetricsResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.GetMetricsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetMetricsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.GetMetricsResponse";
            };

            return GetMetricsResponse;
        })();

        ipc.ErrorResponse = (function() {

            /**
             * Properties of an ErrorResponse.
             * @typedef {Object} atlas.ipc.ErrorResponse.$Properties
             * @property {string|null} [code] ErrorResponse code
             * @property {string|null} [message] ErrorResponse message
             * @property {string|null} [details] ErrorResponse details
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorResponse.
             * @memberof atlas.ipc
             * @interface IErrorResponse
             * @augments atlas.ipc.ErrorResponse.$Properties
             * @deprecated Use atlas.ipc.ErrorResponse.$Properties instead.
             */

            /**
             * Shape of an ErrorResponse.
             * @typedef {atlas.ipc.ErrorResponse.$Properties} atlas.ipc.ErrorResponse.$Shape
             */

            /**
             * Constructs a new ErrorResponse.
             * @memberof atlas.ipc
             * @classdesc Represents an ErrorResponse.
             * @constructor
             * @param {atlas.ipc.ErrorResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ErrorResponse code.
             * @member {string} code
             * @memberof atlas.ipc.ErrorResponse
             * @instance
             */
            ErrorResponse.prototype.code = "";

            /**
             * ErrorResponse message.
             * @member {string} message
             * @memberof atlas.ipc.ErrorResponse
             * @instance
             */
            ErrorResponse.prototype.message = "";

            /**
             * ErrorResponse details.
             * @member {string} details
             * @memberof atlas.ipc.ErrorResponse
             * @instance
             */
            ErrorResponse.prototype.details = "";

            /**
             * Creates a new ErrorResponse instance using the specified properties.
             * @function create
             * @memberof atlas.ipc.ErrorResponse
             * @static
             * @param {atlas.ipc.ErrorResponse.$Properties=} [properties] Properties to set
             * @returns {atlas.ipc.ErrorResponse} ErrorResponse instance
             * @type {{
             *   (properties: atlas.ipc.ErrorResponse.$Shape): atlas.ipc.ErrorResponse & atlas.ipc.ErrorResponse.$Shape;
             *   (properties?: atlas.ipc.ErrorResponse.$Properties): atlas.ipc.ErrorResponse;
             * }}
             */
            ErrorResponse.create = function(properties) {
                return new ErrorResponse(properties);
            };

            /**
             * Encodes the specified ErrorResponse message. Does not implicitly {@link atlas.ipc.ErrorResponse.verify|verify} messages.
             * @function encode
             * @memberof atlas.ipc.ErrorResponse
             * @static
             * @param {atlas.ipc.ErrorResponse.$Properties} message ErrorResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.details != null && $Object.hasOwnProperty.call(message, "details") && message.details !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.details);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ErrorResponse message, length delimited. Does not implicitly {@link atlas.ipc.ErrorResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.ipc.ErrorResponse
             * @static
             * @param {atlas.ipc.ErrorResponse.$Properties} message ErrorResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ErrorResponse message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.ipc.ErrorResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.ipc.ErrorResponse & atlas.ipc.ErrorResponse.$Shape} ErrorResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.ipc.ErrorResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.details = value;
                            else
                                delete message.details;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ErrorResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.ipc.ErrorResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.ipc.ErrorResponse & atlas.ipc.ErrorResponse.$Shape} ErrorResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ErrorResponse message.
             * @function verify
             * @memberof atlas.ipc.ErrorResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ErrorResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    if (!$util.isString(message.details))
                        return "details: string expected";
                return null;
            };

            /**
             * Creates an ErrorResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.ipc.ErrorResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.ipc.ErrorResponse} ErrorResponse
             */
            ErrorResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.ipc.ErrorResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.ipc.ErrorResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.ipc.ErrorResponse();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.details != null)
                    if (typeof object.details !== "string" || object.details.length)
                        message.details = $String(object.details);
                return message;
            };

            /**
             * Creates a plain object from an ErrorResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.ipc.ErrorResponse
             * @static
             * @param {atlas.ipc.ErrorResponse} message ErrorResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    object.details = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    object.details = message.details;
                return object;
            };

            /**
             * Converts this ErrorResponse to JSON.
             * @function toJSON
             * @memberof atlas.ipc.ErrorResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorResponse.prototype.toJSON = function() {
                return ErrorResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ErrorResponse
             * @function getTypeUrl
             * @memberof atlas.ipc.ErrorResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.ipc.ErrorResponse";
            };

            return ErrorResponse;
        })();

        return ipc;
    })();

    atlas.common = (function() {

        /**
         * Namespace common.
         * @memberof atlas
         * @namespace
         */
        const common = {};

        /**
         * ServerState enum.
         * @name atlas.common.ServerState
         * @enum {number}
         * @property {number} SERVER_STATE_UNKNOWN=0 SERVER_STATE_UNKNOWN value
         * @property {number} SERVER_STATE_STOPPED=1 SERVER_STATE_STOPPED value
         * @property {number} SERVER_STATE_STARTING=2 SERVER_STATE_STARTING value
         * @property {number} SERVER_STATE_RUNNING=3 SERVER_STATE_RUNNING value
         * @property {number} SERVER_STATE_STOPPING=4 SERVER_STATE_STOPPING value
         * @property {number} SERVER_STATE_ERROR=5 SERVER_STATE_ERROR value
         */
        common.ServerState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SERVER_STATE_UNKNOWN"] = 0;
            values[valuesById[1] = "SERVER_STATE_STOPPED"] = 1;
            values[valuesById[2] = "SERVER_STATE_STARTING"] = 2;
            values[valuesById[3] = "SERVER_STATE_RUNNING"] = 3;
            values[valuesById[4] = "SERVER_STATE_STOPPING"] = 4;
            values[valuesById[5] = "SERVER_STATE_ERROR"] = 5;
            return values;
        })();

        common.BackupInfo = (function() {

            /**
             * Properties of a BackupInfo.
             * @typedef {Object} atlas.common.BackupInfo.$Properties
             * @property {string|null} [id] BackupInfo id
             * @property {string|null} [name] BackupInfo name
             * @property {number|Long|null} [createdAt] BackupInfo createdAt
             * @property {number|Long|null} [sizeBytes] BackupInfo sizeBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BackupInfo.
             * @memberof atlas.common
             * @interface IBackupInfo
             * @augments atlas.common.BackupInfo.$Properties
             * @deprecated Use atlas.common.BackupInfo.$Properties instead.
             */

            /**
             * Shape of a BackupInfo.
             * @typedef {atlas.common.BackupInfo.$Properties} atlas.common.BackupInfo.$Shape
             */

            /**
             * Constructs a new BackupInfo.
             * @memberof atlas.common
             * @classdesc Represents a BackupInfo.
             * @constructor
             * @param {atlas.common.BackupInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BackupInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BackupInfo id.
             * @member {string} id
             * @memberof atlas.common.BackupInfo
             * @instance
             */
            BackupInfo.prototype.id = "";

            /**
             * BackupInfo name.
             * @member {string} name
             * @memberof atlas.common.BackupInfo
             * @instance
             */
            BackupInfo.prototype.name = "";

            /**
             * BackupInfo createdAt.
             * @member {number|Long} createdAt
             * @memberof atlas.common.BackupInfo
             * @instance
             */
            BackupInfo.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BackupInfo sizeBytes.
             * @member {number|Long} sizeBytes
             * @memberof atlas.common.BackupInfo
             * @instance
             */
            BackupInfo.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new BackupInfo instance using the specified properties.
             * @function create
             * @memberof atlas.common.BackupInfo
             * @static
             * @param {atlas.common.BackupInfo.$Properties=} [properties] Properties to set
             * @returns {atlas.common.BackupInfo} BackupInfo instance
             * @type {{
             *   (properties: atlas.common.BackupInfo.$Shape): atlas.common.BackupInfo & atlas.common.BackupInfo.$Shape;
             *   (properties?: atlas.common.BackupInfo.$Properties): atlas.common.BackupInfo;
             * }}
             */
            BackupInfo.create = function(properties) {
                return new BackupInfo(properties);
            };

            /**
             * Encodes the specified BackupInfo message. Does not implicitly {@link atlas.common.BackupInfo.verify|verify} messages.
             * @function encode
             * @memberof atlas.common.BackupInfo
             * @static
             * @param {atlas.common.BackupInfo.$Properties} message BackupInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BackupInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.createdAt);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sizeBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BackupInfo message, length delimited. Does not implicitly {@link atlas.common.BackupInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof atlas.common.BackupInfo
             * @static
             * @param {atlas.common.BackupInfo.$Properties} message BackupInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BackupInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BackupInfo message from the specified reader or buffer.
             * @function decode
             * @memberof atlas.common.BackupInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {atlas.common.BackupInfo & atlas.common.BackupInfo.$Shape} BackupInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BackupInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.atlas.common.BackupInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BackupInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof atlas.common.BackupInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {atlas.common.BackupInfo & atlas.common.BackupInfo.$Shape} BackupInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BackupInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BackupInfo message.
             * @function verify
             * @memberof atlas.common.BackupInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BackupInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                        return "createdAt: integer|Long expected";
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                        return "sizeBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a BackupInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof atlas.common.BackupInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {atlas.common.BackupInfo} BackupInfo
             */
            BackupInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.atlas.common.BackupInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".atlas.common.BackupInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.atlas.common.BackupInfo();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.createdAt != null)
                    if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                        if ($util.Long)
                            message.createdAt = $util.Long.fromValue(object.createdAt, true);
                        else if (typeof object.createdAt === "string")
                            message.createdAt = $parseInt(object.createdAt, 10);
                        else if (typeof object.createdAt === "number")
                            message.createdAt = object.createdAt;
                        else if (typeof object.createdAt === "object")
                            message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber(true);
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a BackupInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof atlas.common.BackupInfo
             * @static
             * @param {atlas.common.BackupInfo} message BackupInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BackupInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, true).toBigInt();
                    else if (typeof message.createdAt === "number")
                        object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                    else
                        object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber(true) : message.createdAt;
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                return object;
            };

            /**
             * Converts this BackupInfo to JSON.
             * @function toJSON
             * @memberof atlas.common.BackupInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BackupInfo.prototype.toJSON = function() {
                return BackupInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BackupInfo
             * @function getTypeUrl
             * @memberof atlas.common.BackupInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BackupInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/atlas.common.BackupInfo";
            };

            return BackupInfo;
        })();

        return common;
    })();

    return atlas;
})();

export {
  $root as default
};
