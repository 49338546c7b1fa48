import * as $protobuf from "protobufjs/minimal.js";
import type { Long } from "../messages.ts";

/** Namespace atlas. */
export namespace atlas {

    /** Namespace ipc. */
    namespace ipc {

        /**
         * Properties of a Request.
         * @deprecated Use atlas.ipc.Request.$Properties instead.
         */
        interface IRequest extends atlas.ipc.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request id. */
            id: (number|Long);

            /** Request startServer. */
            startServer?: (atlas.ipc.StartServerRequest.$Properties|null);

            /** Request stopServer. */
            stopServer?: (atlas.ipc.StopServerRequest.$Properties|null);

            /** Request getStatus. */
            getStatus?: (atlas.ipc.GetStatusRequest.$Properties|null);

            /** Request sendCommand. */
            sendCommand?: (atlas.ipc.SendCommandRequest.$Properties|null);

            /** Request getLogs. */
            getLogs?: (atlas.ipc.GetLogsRequest.$Properties|null);

            /** Request createBackup. */
            createBackup?: (atlas.ipc.CreateBackupRequest.$Properties|null);

            /** Request listBackups. */
            listBackups?: (atlas.ipc.ListBackupsRequest.$Properties|null);

            /** Request restoreBackup. */
            restoreBackup?: (atlas.ipc.RestoreBackupRequest.$Properties|null);

            /** Request updateServer. */
            updateServer?: (atlas.ipc.UpdateServerRequest.$Properties|null);

            /** Request getConfig. */
            getConfig?: (atlas.ipc.GetConfigRequest.$Properties|null);

            /** Request setConfig. */
            setConfig?: (atlas.ipc.SetConfigRequest.$Properties|null);

            /** Request getMetrics. */
            getMetrics?: (atlas.ipc.GetMetricsRequest.$Properties|null);

            /** Request payload. */
            payload?: ("startServer"|"stopServer"|"getStatus"|"sendCommand"|"getLogs"|"createBackup"|"listBackups"|"restoreBackup"|"updateServer"|"getConfig"|"setConfig"|"getMetrics");

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: atlas.ipc.Request.$Shape): atlas.ipc.Request & atlas.ipc.Request.$Shape;
            /** Creates a new Request instance using the specified properties. */
            static create(properties?: atlas.ipc.Request.$Properties): atlas.ipc.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link atlas.ipc.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Request message, length delimited. Does not implicitly {@link atlas.ipc.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.Request & atlas.ipc.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.Request & atlas.ipc.Request.$Shape;

            /**
             * Decodes a Request message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.Request & atlas.ipc.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.Request & atlas.ipc.Request.$Shape;

            /**
             * Verifies a Request message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Request
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.Request;

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @param message Request
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Request to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link Request}. */
        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request id */
                id?: (number|Long|null);

                /** Request startServer */
                startServer?: (atlas.ipc.StartServerRequest.$Properties|null);

                /** Request stopServer */
                stopServer?: (atlas.ipc.StopServerRequest.$Properties|null);

                /** Request getStatus */
                getStatus?: (atlas.ipc.GetStatusRequest.$Properties|null);

                /** Request sendCommand */
                sendCommand?: (atlas.ipc.SendCommandRequest.$Properties|null);

                /** Request getLogs */
                getLogs?: (atlas.ipc.GetLogsRequest.$Properties|null);

                /** Request createBackup */
                createBackup?: (atlas.ipc.CreateBackupRequest.$Properties|null);

                /** Request listBackups */
                listBackups?: (atlas.ipc.ListBackupsRequest.$Properties|null);

                /** Request restoreBackup */
                restoreBackup?: (atlas.ipc.RestoreBackupRequest.$Properties|null);

                /** Request updateServer */
                updateServer?: (atlas.ipc.UpdateServerRequest.$Properties|null);

                /** Request getConfig */
                getConfig?: (atlas.ipc.GetConfigRequest.$Properties|null);

                /** Request setConfig */
                setConfig?: (atlas.ipc.SetConfigRequest.$Properties|null);

                /** Request getMetrics */
                getMetrics?: (atlas.ipc.GetMetricsRequest.$Properties|null);

                /** Request payload */
                payload?: ("startServer"|"stopServer"|"getStatus"|"sendCommand"|"getLogs"|"createBackup"|"listBackups"|"restoreBackup"|"updateServer"|"getConfig"|"setConfig"|"getMetrics");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Request. */
            type $Shape = {
              id?: number|Long|null;
              startServer?: atlas.ipc.StartServerRequest.$Shape|null;
              stopServer?: atlas.ipc.StopServerRequest.$Shape|null;
              getStatus?: atlas.ipc.GetStatusRequest.$Shape|null;
              sendCommand?: atlas.ipc.SendCommandRequest.$Shape|null;
              getLogs?: atlas.ipc.GetLogsRequest.$Shape|null;
              createBackup?: atlas.ipc.CreateBackupRequest.$Shape|null;
              listBackups?: atlas.ipc.ListBackupsRequest.$Shape|null;
              restoreBackup?: atlas.ipc.RestoreBackupRequest.$Shape|null;
              updateServer?: atlas.ipc.UpdateServerRequest.$Shape|null;
              getConfig?: atlas.ipc.GetConfigRequest.$Shape|null;
              setConfig?: atlas.ipc.SetConfigRequest.$Shape|null;
              getMetrics?: atlas.ipc.GetMetricsRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ payload?: undefined; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "startServer"; startServer: atlas.ipc.StartServerRequest.$Shape; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "stopServer"; startServer?: null; stopServer: atlas.ipc.StopServerRequest.$Shape; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "getStatus"; startServer?: null; stopServer?: null; getStatus: atlas.ipc.GetStatusRequest.$Shape; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "sendCommand"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand: atlas.ipc.SendCommandRequest.$Shape; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "getLogs"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs: atlas.ipc.GetLogsRequest.$Shape; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "createBackup"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup: atlas.ipc.CreateBackupRequest.$Shape; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "listBackups"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups: atlas.ipc.ListBackupsRequest.$Shape; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "restoreBackup"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup: atlas.ipc.RestoreBackupRequest.$Shape; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "updateServer"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer: atlas.ipc.UpdateServerRequest.$Shape; getConfig?: null; setConfig?: null; getMetrics?: null }|{ payload?: "getConfig"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig: atlas.ipc.GetConfigRequest.$Shape; setConfig?: null; getMetrics?: null }|{ payload?: "setConfig"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig: atlas.ipc.SetConfigRequest.$Shape; getMetrics?: null }|{ payload?: "getMetrics"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; getMetrics: atlas.ipc.GetMetricsRequest.$Shape })
            );
        }

        /**
         * Properties of a Response.
         * @deprecated Use atlas.ipc.Response.$Properties instead.
         */
        interface IResponse extends atlas.ipc.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response id. */
            id: (number|Long);

            /** Response startServer. */
            startServer?: (atlas.ipc.StartServerResponse.$Properties|null);

            /** Response stopServer. */
            stopServer?: (atlas.ipc.StopServerResponse.$Properties|null);

            /** Response getStatus. */
            getStatus?: (atlas.ipc.GetStatusResponse.$Properties|null);

            /** Response sendCommand. */
            sendCommand?: (atlas.ipc.SendCommandResponse.$Properties|null);

            /** Response getLogs. */
            getLogs?: (atlas.ipc.GetLogsResponse.$Properties|null);

            /** Response createBackup. */
            createBackup?: (atlas.ipc.CreateBackupResponse.$Properties|null);

            /** Response listBackups. */
            listBackups?: (atlas.ipc.ListBackupsResponse.$Properties|null);

            /** Response restoreBackup. */
            restoreBackup?: (atlas.ipc.RestoreBackupResponse.$Properties|null);

            /** Response updateServer. */
            updateServer?: (atlas.ipc.UpdateServerResponse.$Properties|null);

            /** Response getConfig. */
            getConfig?: (atlas.ipc.GetConfigResponse.$Properties|null);

            /** Response setConfig. */
            setConfig?: (atlas.ipc.SetConfigResponse.$Properties|null);

            /** Response error. */
            error?: (atlas.ipc.ErrorResponse.$Properties|null);

            /** Response getMetrics. */
            getMetrics?: (atlas.ipc.GetMetricsResponse.$Properties|null);

            /** Response payload. */
            payload?: ("startServer"|"stopServer"|"getStatus"|"sendCommand"|"getLogs"|"createBackup"|"listBackups"|"restoreBackup"|"updateServer"|"getConfig"|"setConfig"|"error"|"getMetrics");

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: atlas.ipc.Response.$Shape): atlas.ipc.Response & atlas.ipc.Response.$Shape;
            /** Creates a new Response instance using the specified properties. */
            static create(properties?: atlas.ipc.Response.$Properties): atlas.ipc.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link atlas.ipc.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Response message, length delimited. Does not implicitly {@link atlas.ipc.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.Response & atlas.ipc.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.Response & atlas.ipc.Response.$Shape;

            /**
             * Decodes a Response message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.Response & atlas.ipc.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.Response & atlas.ipc.Response.$Shape;

            /**
             * Verifies a Response message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Response
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.Response;

            /**
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @param message Response
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.Response, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Response to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link Response}. */
        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response id */
                id?: (number|Long|null);

                /** Response startServer */
                startServer?: (atlas.ipc.StartServerResponse.$Properties|null);

                /** Response stopServer */
                stopServer?: (atlas.ipc.StopServerResponse.$Properties|null);

                /** Response getStatus */
                getStatus?: (atlas.ipc.GetStatusResponse.$Properties|null);

                /** Response sendCommand */
                sendCommand?: (atlas.ipc.SendCommandResponse.$Properties|null);

                /** Response getLogs */
                getLogs?: (atlas.ipc.GetLogsResponse.$Properties|null);

                /** Response createBackup */
                createBackup?: (atlas.ipc.CreateBackupResponse.$Properties|null);

                /** Response listBackups */
                listBackups?: (atlas.ipc.ListBackupsResponse.$Properties|null);

                /** Response restoreBackup */
                restoreBackup?: (atlas.ipc.RestoreBackupResponse.$Properties|null);

                /** Response updateServer */
                updateServer?: (atlas.ipc.UpdateServerResponse.$Properties|null);

                /** Response getConfig */
                getConfig?: (atlas.ipc.GetConfigResponse.$Properties|null);

                /** Response setConfig */
                setConfig?: (atlas.ipc.SetConfigResponse.$Properties|null);

                /** Response error */
                error?: (atlas.ipc.ErrorResponse.$Properties|null);

                /** Response getMetrics */
                getMetrics?: (atlas.ipc.GetMetricsResponse.$Properties|null);

                /** Response payload */
                payload?: ("startServer"|"stopServer"|"getStatus"|"sendCommand"|"getLogs"|"createBackup"|"listBackups"|"restoreBackup"|"updateServer"|"getConfig"|"setConfig"|"error"|"getMetrics");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Response. */
            type $Shape = {
              id?: number|Long|null;
              startServer?: atlas.ipc.StartServerResponse.$Shape|null;
              stopServer?: atlas.ipc.StopServerResponse.$Shape|null;
              getStatus?: atlas.ipc.GetStatusResponse.$Shape|null;
              sendCommand?: atlas.ipc.SendCommandResponse.$Shape|null;
              getLogs?: atlas.ipc.GetLogsResponse.$Shape|null;
              createBackup?: atlas.ipc.CreateBackupResponse.$Shape|null;
              listBackups?: atlas.ipc.ListBackupsResponse.$Shape|null;
              restoreBackup?: atlas.ipc.RestoreBackupResponse.$Shape|null;
              updateServer?: atlas.ipc.UpdateServerResponse.$Shape|null;
              getConfig?: atlas.ipc.GetConfigResponse.$Shape|null;
              setConfig?: atlas.ipc.SetConfigResponse.$Shape|null;
              error?: atlas.ipc.ErrorResponse.$Shape|null;
              getMetrics?: atlas.ipc.GetMetricsResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ payload?: undefined; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "startServer"; startServer: atlas.ipc.StartServerResponse.$Shape; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "stopServer"; startServer?: null; stopServer: atlas.ipc.StopServerResponse.$Shape; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "getStatus"; startServer?: null; stopServer?: null; getStatus: atlas.ipc.GetStatusResponse.$Shape; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "sendCommand"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand: atlas.ipc.SendCommandResponse.$Shape; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "getLogs"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs: atlas.ipc.GetLogsResponse.$Shape; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "createBackup"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup: atlas.ipc.CreateBackupResponse.$Shape; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "listBackups"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups: atlas.ipc.ListBackupsResponse.$Shape; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "restoreBackup"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup: atlas.ipc.RestoreBackupResponse.$Shape; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "updateServer"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer: atlas.ipc.UpdateServerResponse.$Shape; getConfig?: null; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "getConfig"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig: atlas.ipc.GetConfigResponse.$Shape; setConfig?: null; error?: null; getMetrics?: null }|{ payload?: "setConfig"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig: atlas.ipc.SetConfigResponse.$Shape; error?: null; getMetrics?: null }|{ payload?: "error"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error: atlas.ipc.ErrorResponse.$Shape; getMetrics?: null }|{ payload?: "getMetrics"; startServer?: null; stopServer?: null; getStatus?: null; sendCommand?: null; getLogs?: null; createBackup?: null; listBackups?: null; restoreBackup?: null; updateServer?: null; getConfig?: null; setConfig?: null; error?: null; getMetrics: atlas.ipc.GetMetricsResponse.$Shape })
            );
        }

        /**
         * Properties of a StartServerRequest.
         * @deprecated Use atlas.ipc.StartServerRequest.$Properties instead.
         */
        interface IStartServerRequest extends atlas.ipc.StartServerRequest.$Properties {
        }

        /** Represents a StartServerRequest. */
        class StartServerRequest {

            /**
             * Constructs a new StartServerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.StartServerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartServerRequest channel. */
            channel: string;

            /** StartServerRequest waitForReady. */
            waitForReady: boolean;

            /**
             * Creates a new StartServerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartServerRequest instance
             */
            static create(properties: atlas.ipc.StartServerRequest.$Shape): atlas.ipc.StartServerRequest & atlas.ipc.StartServerRequest.$Shape;
            /** Creates a new StartServerRequest instance using the specified properties. */
            static create(properties?: atlas.ipc.StartServerRequest.$Properties): atlas.ipc.StartServerRequest;

            /**
             * Encodes the specified StartServerRequest message. Does not implicitly {@link atlas.ipc.StartServerRequest.verify|verify} messages.
             * @param message StartServerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.StartServerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StartServerRequest message, length delimited. Does not implicitly {@link atlas.ipc.StartServerRequest.verify|verify} messages.
             * @param message StartServerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.StartServerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartServerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.StartServerRequest & atlas.ipc.StartServerRequest.$Shape} StartServerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.StartServerRequest & atlas.ipc.StartServerRequest.$Shape;

            /**
             * Decodes a StartServerRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.StartServerRequest & atlas.ipc.StartServerRequest.$Shape} StartServerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.StartServerRequest & atlas.ipc.StartServerRequest.$Shape;

            /**
             * Verifies a StartServerRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StartServerRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartServerRequest
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.StartServerRequest;

            /**
             * Creates a plain object from a StartServerRequest message. Also converts values to other types if specified.
             * @param message StartServerRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.StartServerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartServerRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartServerRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link StartServerRequest}. */
        namespace StartServerRequest {

            /** Properties of a StartServerRequest. */
            interface $Properties {

                /** StartServerRequest channel */
                channel?: (string|null);

                /** StartServerRequest waitForReady */
                waitForReady?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartServerRequest. */
            type $Shape = atlas.ipc.StartServerRequest.$Properties;
        }

        /**
         * Properties of a StartServerResponse.
         * @deprecated Use atlas.ipc.StartServerResponse.$Properties instead.
         */
        interface IStartServerResponse extends atlas.ipc.StartServerResponse.$Properties {
        }

        /** Represents a StartServerResponse. */
        class StartServerResponse {

            /**
             * Constructs a new StartServerResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.StartServerResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartServerResponse success. */
            success: boolean;

            /** StartServerResponse serverPid. */
            serverPid: string;

            /** StartServerResponse message. */
            message: string;

            /**
             * Creates a new StartServerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartServerResponse instance
             */
            static create(properties: atlas.ipc.StartServerResponse.$Shape): atlas.ipc.StartServerResponse & atlas.ipc.StartServerResponse.$Shape;
            /** Creates a new StartServerResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.StartServerResponse.$Properties): atlas.ipc.StartServerResponse;

            /**
             * Encodes the specified StartServerResponse message. Does not implicitly {@link atlas.ipc.StartServerResponse.verify|verify} messages.
             * @param message StartServerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.StartServerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StartServerResponse message, length delimited. Does not implicitly {@link atlas.ipc.StartServerResponse.verify|verify} messages.
             * @param message StartServerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.StartServerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartServerResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.StartServerResponse & atlas.ipc.StartServerResponse.$Shape} StartServerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.StartServerResponse & atlas.ipc.StartServerResponse.$Shape;

            /**
             * Decodes a StartServerResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.StartServerResponse & atlas.ipc.StartServerResponse.$Shape} StartServerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.StartServerResponse & atlas.ipc.StartServerResponse.$Shape;

            /**
             * Verifies a StartServerResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StartServerResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartServerResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.StartServerResponse;

            /**
             * Creates a plain object from a StartServerResponse message. Also converts values to other types if specified.
             * @param message StartServerResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.StartServerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartServerResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartServerResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link StartServerResponse}. */
        namespace StartServerResponse {

            /** Properties of a StartServerResponse. */
            interface $Properties {

                /** StartServerResponse success */
                success?: (boolean|null);

                /** StartServerResponse serverPid */
                serverPid?: (string|null);

                /** StartServerResponse message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartServerResponse. */
            type $Shape = atlas.ipc.StartServerResponse.$Properties;
        }

        /**
         * Properties of a StopServerRequest.
         * @deprecated Use atlas.ipc.StopServerRequest.$Properties instead.
         */
        interface IStopServerRequest extends atlas.ipc.StopServerRequest.$Properties {
        }

        /** Represents a StopServerRequest. */
        class StopServerRequest {

            /**
             * Constructs a new StopServerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.StopServerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StopServerRequest force. */
            force: boolean;

            /** StopServerRequest timeoutSeconds. */
            timeoutSeconds: number;

            /**
             * Creates a new StopServerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopServerRequest instance
             */
            static create(properties: atlas.ipc.StopServerRequest.$Shape): atlas.ipc.StopServerRequest & atlas.ipc.StopServerRequest.$Shape;
            /** Creates a new StopServerRequest instance using the specified properties. */
            static create(properties?: atlas.ipc.StopServerRequest.$Properties): atlas.ipc.StopServerRequest;

            /**
             * Encodes the specified StopServerRequest message. Does not implicitly {@link atlas.ipc.StopServerRequest.verify|verify} messages.
             * @param message StopServerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.StopServerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StopServerRequest message, length delimited. Does not implicitly {@link atlas.ipc.StopServerRequest.verify|verify} messages.
             * @param message StopServerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.StopServerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopServerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.StopServerRequest & atlas.ipc.StopServerRequest.$Shape} StopServerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.StopServerRequest & atlas.ipc.StopServerRequest.$Shape;

            /**
             * Decodes a StopServerRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.StopServerRequest & atlas.ipc.StopServerRequest.$Shape} StopServerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.StopServerRequest & atlas.ipc.StopServerRequest.$Shape;

            /**
             * Verifies a StopServerRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StopServerRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StopServerRequest
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.StopServerRequest;

            /**
             * Creates a plain object from a StopServerRequest message. Also converts values to other types if specified.
             * @param message StopServerRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.StopServerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopServerRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopServerRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link StopServerRequest}. */
        namespace StopServerRequest {

            /** Properties of a StopServerRequest. */
            interface $Properties {

                /** StopServerRequest force */
                force?: (boolean|null);

                /** StopServerRequest timeoutSeconds */
                timeoutSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopServerRequest. */
            type $Shape = atlas.ipc.StopServerRequest.$Properties;
        }

        /**
         * Properties of a StopServerResponse.
         * @deprecated Use atlas.ipc.StopServerResponse.$Properties instead.
         */
        interface IStopServerResponse extends atlas.ipc.StopServerResponse.$Properties {
        }

        /** Represents a StopServerResponse. */
        class StopServerResponse {

            /**
             * Constructs a new StopServerResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.StopServerResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StopServerResponse success. */
            success: boolean;

            /** StopServerResponse message. */
            message: string;

            /**
             * Creates a new StopServerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopServerResponse instance
             */
            static create(properties: atlas.ipc.StopServerResponse.$Shape): atlas.ipc.StopServerResponse & atlas.ipc.StopServerResponse.$Shape;
            /** Creates a new StopServerResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.StopServerResponse.$Properties): atlas.ipc.StopServerResponse;

            /**
             * Encodes the specified StopServerResponse message. Does not implicitly {@link atlas.ipc.StopServerResponse.verify|verify} messages.
             * @param message StopServerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.StopServerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StopServerResponse message, length delimited. Does not implicitly {@link atlas.ipc.StopServerResponse.verify|verify} messages.
             * @param message StopServerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.StopServerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopServerResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.StopServerResponse & atlas.ipc.StopServerResponse.$Shape} StopServerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.StopServerResponse & atlas.ipc.StopServerResponse.$Shape;

            /**
             * Decodes a StopServerResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.StopServerResponse & atlas.ipc.StopServerResponse.$Shape} StopServerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.StopServerResponse & atlas.ipc.StopServerResponse.$Shape;

            /**
             * Verifies a StopServerResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StopServerResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StopServerResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.StopServerResponse;

            /**
             * Creates a plain object from a StopServerResponse message. Also converts values to other types if specified.
             * @param message StopServerResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.StopServerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopServerResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopServerResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link StopServerResponse}. */
        namespace StopServerResponse {

            /** Properties of a StopServerResponse. */
            interface $Properties {

                /** StopServerResponse success */
                success?: (boolean|null);

                /** StopServerResponse message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopServerResponse. */
            type $Shape = atlas.ipc.StopServerResponse.$Properties;
        }

        /**
         * Properties of a GetStatusRequest.
         * @deprecated Use atlas.ipc.GetStatusRequest.$Properties instead.
         */
        interface IGetStatusRequest extends atlas.ipc.GetStatusRequest.$Properties {
        }

        /** Represents a GetStatusRequest. */
        class GetStatusRequest {

            /**
             * Constructs a new GetStatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.GetStatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GetStatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetStatusRequest instance
             */
            static create(properties: atlas.ipc.GetStatusRequest.$Shape): atlas.ipc.GetStatusRequest & atlas.ipc.GetStatusRequest.$Shape;
            /** Creates a new GetStatusRequest instance using the specified properties. */
            static create(properties?: atlas.ipc.GetStatusRequest.$Properties): atlas.ipc.GetStatusRequest;

            /**
             * Encodes the specified GetStatusRequest message. Does not implicitly {@link atlas.ipc.GetStatusRequest.verify|verify} messages.
             * @param message GetStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.GetStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetStatusRequest message, length delimited. Does not implicitly {@link atlas.ipc.GetStatusRequest.verify|verify} messages.
             * @param message GetStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.GetStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetStatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.GetStatusRequest & atlas.ipc.GetStatusRequest.$Shape} GetStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.GetStatusRequest & atlas.ipc.GetStatusRequest.$Shape;

            /**
             * Decodes a GetStatusRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetStatusRequest & atlas.ipc.GetStatusRequest.$Shape} GetStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.GetStatusRequest & atlas.ipc.GetStatusRequest.$Shape;

            /**
             * Verifies a GetStatusRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetStatusRequest
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.GetStatusRequest;

            /**
             * Creates a plain object from a GetStatusRequest message. Also converts values to other types if specified.
             * @param message GetStatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.GetStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetStatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetStatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link GetStatusRequest}. */
        namespace GetStatusRequest {

            /** Properties of a GetStatusRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetStatusRequest. */
            type $Shape = atlas.ipc.GetStatusRequest.$Properties;
        }

        /**
         * Properties of a GetStatusResponse.
         * @deprecated Use atlas.ipc.GetStatusResponse.$Properties instead.
         */
        interface IGetStatusResponse extends atlas.ipc.GetStatusResponse.$Properties {
        }

        /** Represents a GetStatusResponse. */
        class GetStatusResponse {

            /**
             * Constructs a new GetStatusResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.GetStatusResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetStatusResponse state. */
            state: atlas.common.ServerState;

            /** GetStatusResponse version. */
            version: string;

            /** GetStatusResponse uptimeSeconds. */
            uptimeSeconds: (number|Long);

            /** GetStatusResponse memoryUsageMb. */
            memoryUsageMb: (number|Long);

            /** GetStatusResponse playerCount. */
            playerCount: number;

            /** GetStatusResponse maxPlayers. */
            maxPlayers: number;

            /** GetStatusResponse motd. */
            motd: string;

            /** GetStatusResponse daemonVersion. */
            daemonVersion: string;

            /** GetStatusResponse protocolVersion. */
            protocolVersion: number;

            /** GetStatusResponse serverPid. */
            serverPid: number;

            /** GetStatusResponse playerNames. */
            playerNames: string[];

            /** GetStatusResponse restarts. */
            restarts: number;

            /** GetStatusResponse lastExitReason. */
            lastExitReason: string;

            /** GetStatusResponse runStartedAt. */
            runStartedAt: (number|Long);

            /** GetStatusResponse features. */
            features: string[];

            /**
             * Creates a new GetStatusResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetStatusResponse instance
             */
            static create(properties: atlas.ipc.GetStatusResponse.$Shape): atlas.ipc.GetStatusResponse & atlas.ipc.GetStatusResponse.$Shape;
            /** Creates a new GetStatusResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.GetStatusResponse.$Properties): atlas.ipc.GetStatusResponse;

            /**
             * Encodes the specified GetStatusResponse message. Does not implicitly {@link atlas.ipc.GetStatusResponse.verify|verify} messages.
             * @param message GetStatusResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.GetStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetStatusResponse message, length delimited. Does not implicitly {@link atlas.ipc.GetStatusResponse.verify|verify} messages.
             * @param message GetStatusResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.GetStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetStatusResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.GetStatusResponse & atlas.ipc.GetStatusResponse.$Shape} GetStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.GetStatusResponse & atlas.ipc.GetStatusResponse.$Shape;

            /**
             * Decodes a GetStatusResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetStatusResponse & atlas.ipc.GetStatusResponse.$Shape} GetStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.GetStatusResponse & atlas.ipc.GetStatusResponse.$Shape;

            /**
             * Verifies a GetStatusResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetStatusResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetStatusResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.GetStatusResponse;

            /**
             * Creates a plain object from a GetStatusResponse message. Also converts values to other types if specified.
             * @param message GetStatusResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.GetStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetStatusResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetStatusResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link GetStatusResponse}. */
        namespace GetStatusResponse {

            /** Properties of a GetStatusResponse. */
            interface $Properties {

                /** GetStatusResponse state */
                state?: (atlas.common.ServerState|null);

                /** GetStatusResponse version */
                version?: (string|null);

                /** GetStatusResponse uptimeSeconds */
                uptimeSeconds?: (number|Long|null);

                /** GetStatusResponse memoryUsageMb */
                memoryUsageMb?: (number|Long|null);

                /** GetStatusResponse playerCount */
                playerCount?: (number|null);

                /** GetStatusResponse maxPlayers */
                maxPlayers?: (number|null);

                /** GetStatusResponse motd */
                motd?: (string|null);

                /** GetStatusResponse daemonVersion */
                daemonVersion?: (string|null);

                /** GetStatusResponse protocolVersion */
                protocolVersion?: (number|null);

                /** GetStatusResponse serverPid */
                serverPid?: (number|null);

                /** GetStatusResponse playerNames */
                playerNames?: (string[]|null);

                /** GetStatusResponse restarts */
                restarts?: (number|null);

                /** GetStatusResponse lastExitReason */
                lastExitReason?: (string|null);

                /** GetStatusResponse runStartedAt */
                runStartedAt?: (number|Long|null);

                /** GetStatusResponse features */
                features?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetStatusResponse. */
            type $Shape = atlas.ipc.GetStatusResponse.$Properties;
        }

        /**
         * Properties of a SendCommandRequest.
         * @deprecated Use atlas.ipc.SendCommandRequest.$Properties instead.
         */
        interface ISendCommandRequest extends atlas.ipc.SendCommandRequest.$Properties {
        }

        /** Represents a SendCommandRequest. */
        class SendCommandRequest {

            /**
             * Constructs a new SendCommandRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.SendCommandRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendCommandRequest command. */
            command: string;

            /**
             * Creates a new SendCommandRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendCommandRequest instance
             */
            static create(properties: atlas.ipc.SendCommandRequest.$Shape): atlas.ipc.SendCommandRequest & atlas.ipc.SendCommandRequest.$Shape;
            /** Creates a new SendCommandRequest instance using the specified properties. */
            static create(properties?: atlas.ipc.SendCommandRequest.$Properties): atlas.ipc.SendCommandRequest;

            /**
             * Encodes the specified SendCommandRequest message. Does not implicitly {@link atlas.ipc.SendCommandRequest.verify|verify} messages.
             * @param message SendCommandRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.SendCommandRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendCommandRequest message, length delimited. Does not implicitly {@link atlas.ipc.SendCommandRequest.verify|verify} messages.
             * @param message SendCommandRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.SendCommandRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendCommandRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.SendCommandRequest & atlas.ipc.SendCommandRequest.$Shape} SendCommandRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.SendCommandRequest & atlas.ipc.SendCommandRequest.$Shape;

            /**
             * Decodes a SendCommandRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.SendCommandRequest & atlas.ipc.SendCommandRequest.$Shape} SendCommandRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.SendCommandRequest & atlas.ipc.SendCommandRequest.$Shape;

            /**
             * Verifies a SendCommandRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SendCommandRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendCommandRequest
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.SendCommandRequest;

            /**
             * Creates a plain object from a SendCommandRequest message. Also converts values to other types if specified.
             * @param message SendCommandRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.SendCommandRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendCommandRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendCommandRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link SendCommandRequest}. */
        namespace SendCommandRequest {

            /** Properties of a SendCommandRequest. */
            interface $Properties {

                /** SendCommandRequest command */
                command?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendCommandRequest. */
            type $Shape = atlas.ipc.SendCommandRequest.$Properties;
        }

        /**
         * Properties of a SendCommandResponse.
         * @deprecated Use atlas.ipc.SendCommandResponse.$Properties instead.
         */
        interface ISendCommandResponse extends atlas.ipc.SendCommandResponse.$Properties {
        }

        /** Represents a SendCommandResponse. */
        class SendCommandResponse {

            /**
             * Constructs a new SendCommandResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.SendCommandResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendCommandResponse success. */
            success: boolean;

            /** SendCommandResponse response. */
            response: string;

            /**
             * Creates a new SendCommandResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendCommandResponse instance
             */
            static create(properties: atlas.ipc.SendCommandResponse.$Shape): atlas.ipc.SendCommandResponse & atlas.ipc.SendCommandResponse.$Shape;
            /** Creates a new SendCommandResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.SendCommandResponse.$Properties): atlas.ipc.SendCommandResponse;

            /**
             * Encodes the specified SendCommandResponse message. Does not implicitly {@link atlas.ipc.SendCommandResponse.verify|verify} messages.
             * @param message SendCommandResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.SendCommandResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendCommandResponse message, length delimited. Does not implicitly {@link atlas.ipc.SendCommandResponse.verify|verify} messages.
             * @param message SendCommandResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.SendCommandResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendCommandResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.SendCommandResponse & atlas.ipc.SendCommandResponse.$Shape} SendCommandResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.SendCommandResponse & atlas.ipc.SendCommandResponse.$Shape;

            /**
             * Decodes a SendCommandResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.SendCommandResponse & atlas.ipc.SendCommandResponse.$Shape} SendCommandResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.SendCommandResponse & atlas.ipc.SendCommandResponse.$Shape;

            /**
             * Verifies a SendCommandResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SendCommandResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendCommandResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.SendCommandResponse;

            /**
             * Creates a plain object from a SendCommandResponse message. Also converts values to other types if specified.
             * @param message SendCommandResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.SendCommandResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendCommandResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendCommandResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link SendCommandResponse}. */
        namespace SendCommandResponse {

            /** Properties of a SendCommandResponse. */
            interface $Properties {

                /** SendCommandResponse success */
                success?: (boolean|null);

                /** SendCommandResponse response */
                response?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendCommandResponse. */
            type $Shape = atlas.ipc.SendCommandResponse.$Properties;
        }

        /**
         * Properties of a GetLogsRequest.
         * @deprecated Use atlas.ipc.GetLogsRequest.$Properties instead.
         */
        interface IGetLogsRequest extends atlas.ipc.GetLogsRequest.$Properties {
        }

        /** Represents a GetLogsRequest. */
        class GetLogsRequest {

            /**
             * Constructs a new GetLogsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.GetLogsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetLogsRequest lines. */
            lines: number;

            /** GetLogsRequest follow. */
            follow: boolean;

            /**
             * Creates a new GetLogsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetLogsRequest instance
             */
            static create(properties: atlas.ipc.GetLogsRequest.$Shape): atlas.ipc.GetLogsRequest & atlas.ipc.GetLogsRequest.$Shape;
            /** Creates a new GetLogsRequest instance using the specified properties. */
            static create(properties?: atlas.ipc.GetLogsRequest.$Properties): atlas.ipc.GetLogsRequest;

            /**
             * Encodes the specified GetLogsRequest message. Does not implicitly {@link atlas.ipc.GetLogsRequest.verify|verify} messages.
             * @param message GetLogsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.GetLogsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetLogsRequest message, length delimited. Does not implicitly {@link atlas.ipc.GetLogsRequest.verify|verify} messages.
             * @param message GetLogsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.GetLogsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetLogsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.GetLogsRequest & atlas.ipc.GetLogsRequest.$Shape} GetLogsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.GetLogsRequest & atlas.ipc.GetLogsRequest.$Shape;

            /**
             * Decodes a GetLogsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetLogsRequest & atlas.ipc.GetLogsRequest.$Shape} GetLogsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.GetLogsRequest & atlas.ipc.GetLogsRequest.$Shape;

            /**
             * Verifies a GetLogsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetLogsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetLogsRequest
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.GetLogsRequest;

            /**
             * Creates a plain object from a GetLogsRequest message. Also converts values to other types if specified.
             * @param message GetLogsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.GetLogsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetLogsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetLogsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link GetLogsRequest}. */
        namespace GetLogsRequest {

            /** Properties of a GetLogsRequest. */
            interface $Properties {

                /** GetLogsRequest lines */
                lines?: (number|null);

                /** GetLogsRequest follow */
                follow?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetLogsRequest. */
            type $Shape = atlas.ipc.GetLogsRequest.$Properties;
        }

        /**
         * Properties of a GetLogsResponse.
         * @deprecated Use atlas.ipc.GetLogsResponse.$Properties instead.
         */
        interface IGetLogsResponse extends atlas.ipc.GetLogsResponse.$Properties {
        }

        /** Represents a GetLogsResponse. */
        class GetLogsResponse {

            /**
             * Constructs a new GetLogsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.GetLogsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetLogsResponse lines. */
            lines: string[];

            /** GetLogsResponse eof. */
            eof: boolean;

            /**
             * Creates a new GetLogsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetLogsResponse instance
             */
            static create(properties: atlas.ipc.GetLogsResponse.$Shape): atlas.ipc.GetLogsResponse & atlas.ipc.GetLogsResponse.$Shape;
            /** Creates a new GetLogsResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.GetLogsResponse.$Properties): atlas.ipc.GetLogsResponse;

            /**
             * Encodes the specified GetLogsResponse message. Does not implicitly {@link atlas.ipc.GetLogsResponse.verify|verify} messages.
             * @param message GetLogsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.GetLogsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetLogsResponse message, length delimited. Does not implicitly {@link atlas.ipc.GetLogsResponse.verify|verify} messages.
             * @param message GetLogsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.GetLogsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetLogsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.GetLogsResponse & atlas.ipc.GetLogsResponse.$Shape} GetLogsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.GetLogsResponse & atlas.ipc.GetLogsResponse.$Shape;

            /**
             * Decodes a GetLogsResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetLogsResponse & atlas.ipc.GetLogsResponse.$Shape} GetLogsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.GetLogsResponse & atlas.ipc.GetLogsResponse.$Shape;

            /**
             * Verifies a GetLogsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetLogsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetLogsResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.GetLogsResponse;

            /**
             * Creates a plain object from a GetLogsResponse message. Also converts values to other types if specified.
             * @param message GetLogsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.GetLogsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetLogsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetLogsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link GetLogsResponse}. */
        namespace GetLogsResponse {

            /** Properties of a GetLogsResponse. */
            interface $Properties {

                /** GetLogsResponse lines */
                lines?: (string[]|null);

                /** GetLogsResponse eof */
                eof?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetLogsResponse. */
            type $Shape = atlas.ipc.GetLogsResponse.$Properties;
        }

        /**
         * Properties of a CreateBackupRequest.
         * @deprecated Use atlas.ipc.CreateBackupRequest.$Properties instead.
         */
        interface ICreateBackupRequest extends atlas.ipc.CreateBackupRequest.$Properties {
        }

        /** Represents a CreateBackupRequest. */
        class CreateBackupRequest {

            /**
             * Constructs a new CreateBackupRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.CreateBackupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateBackupRequest name. */
            name: string;

            /**
             * Creates a new CreateBackupRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateBackupRequest instance
             */
            static create(properties: atlas.ipc.CreateBackupRequest.$Shape): atlas.ipc.CreateBackupRequest & atlas.ipc.CreateBackupRequest.$Shape;
            /** Creates a new CreateBackupRequest instance using the specified properties. */
            static create(properties?: atlas.ipc.CreateBackupRequest.$Properties): atlas.ipc.CreateBackupRequest;

            /**
             * Encodes the specified CreateBackupRequest message. Does not implicitly {@link atlas.ipc.CreateBackupRequest.verify|verify} messages.
             * @param message CreateBackupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.CreateBackupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CreateBackupRequest message, length delimited. Does not implicitly {@link atlas.ipc.CreateBackupRequest.verify|verify} messages.
             * @param message CreateBackupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.CreateBackupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateBackupRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.CreateBackupRequest & atlas.ipc.CreateBackupRequest.$Shape} CreateBackupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.CreateBackupRequest & atlas.ipc.CreateBackupRequest.$Shape;

            /**
             * Decodes a CreateBackupRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.CreateBackupRequest & atlas.ipc.CreateBackupRequest.$Shape} CreateBackupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.CreateBackupRequest & atlas.ipc.CreateBackupRequest.$Shape;

            /**
             * Verifies a CreateBackupRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CreateBackupRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CreateBackupRequest
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.CreateBackupRequest;

            /**
             * Creates a plain object from a CreateBackupRequest message. Also converts values to other types if specified.
             * @param message CreateBackupRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.CreateBackupRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateBackupRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateBackupRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link CreateBackupRequest}. */
        namespace CreateBackupRequest {

            /** Properties of a CreateBackupRequest. */
            interface $Properties {

                /** CreateBackupRequest name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateBackupRequest. */
            type $Shape = atlas.ipc.CreateBackupRequest.$Properties;
        }

        /**
         * Properties of a CreateBackupResponse.
         * @deprecated Use atlas.ipc.CreateBackupResponse.$Properties instead.
         */
        interface ICreateBackupResponse extends atlas.ipc.CreateBackupResponse.$Properties {
        }

        /** Represents a CreateBackupResponse. */
        class CreateBackupResponse {

            /**
             * Constructs a new CreateBackupResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.CreateBackupResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateBackupResponse success. */
            success: boolean;

            /** CreateBackupResponse backupId. */
            backupId: string;

            /** CreateBackupResponse message. */
            message: string;

            /** CreateBackupResponse savingPausedMs. */
            savingPausedMs: number;

            /**
             * Creates a new CreateBackupResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateBackupResponse instance
             */
            static create(properties: atlas.ipc.CreateBackupResponse.$Shape): atlas.ipc.CreateBackupResponse & atlas.ipc.CreateBackupResponse.$Shape;
            /** Creates a new CreateBackupResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.CreateBackupResponse.$Properties): atlas.ipc.CreateBackupResponse;

            /**
             * Encodes the specified CreateBackupResponse message. Does not implicitly {@link atlas.ipc.CreateBackupResponse.verify|verify} messages.
             * @param message CreateBackupResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.CreateBackupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CreateBackupResponse message, length delimited. Does not implicitly {@link atlas.ipc.CreateBackupResponse.verify|verify} messages.
             * @param message CreateBackupResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.CreateBackupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateBackupResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.CreateBackupResponse & atlas.ipc.CreateBackupResponse.$Shape} CreateBackupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.CreateBackupResponse & atlas.ipc.CreateBackupResponse.$Shape;

            /**
             * Decodes a CreateBackupResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.CreateBackupResponse & atlas.ipc.CreateBackupResponse.$Shape} CreateBackupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.CreateBackupResponse & atlas.ipc.CreateBackupResponse.$Shape;

            /**
             * Verifies a CreateBackupResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CreateBackupResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CreateBackupResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.CreateBackupResponse;

            /**
             * Creates a plain object from a CreateBackupResponse message. Also converts values to other types if specified.
             * @param message CreateBackupResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.CreateBackupResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateBackupResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateBackupResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link CreateBackupResponse}. */
        namespace CreateBackupResponse {

            /** Properties of a CreateBackupResponse. */
            interface $Properties {

                /** CreateBackupResponse success */
                success?: (boolean|null);

                /** CreateBackupResponse backupId */
                backupId?: (string|null);

                /** CreateBackupResponse message */
                message?: (string|null);

                /** CreateBackupResponse savingPausedMs */
                savingPausedMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateBackupResponse. */
            type $Shape = atlas.ipc.CreateBackupResponse.$Properties;
        }

        /**
         * Properties of a ListBackupsRequest.
         * @deprecated Use atlas.ipc.ListBackupsRequest.$Properties instead.
         */
        interface IListBackupsRequest extends atlas.ipc.ListBackupsRequest.$Properties {
        }

        /** Represents a ListBackupsRequest. */
        class ListBackupsRequest {

            /**
             * Constructs a new ListBackupsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.ListBackupsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListBackupsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListBackupsRequest instance
             */
            static create(properties: atlas.ipc.ListBackupsRequest.$Shape): atlas.ipc.ListBackupsRequest & atlas.ipc.ListBackupsRequest.$Shape;
            /** Creates a new ListBackupsRequest instance using the specified properties. */
            static create(properties?: atlas.ipc.ListBackupsRequest.$Properties): atlas.ipc.ListBackupsRequest;

            /**
             * Encodes the specified ListBackupsRequest message. Does not implicitly {@link atlas.ipc.ListBackupsRequest.verify|verify} messages.
             * @param message ListBackupsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.ListBackupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListBackupsRequest message, length delimited. Does not implicitly {@link atlas.ipc.ListBackupsRequest.verify|verify} messages.
             * @param message ListBackupsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.ListBackupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListBackupsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.ListBackupsRequest & atlas.ipc.ListBackupsRequest.$Shape} ListBackupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.ListBackupsRequest & atlas.ipc.ListBackupsRequest.$Shape;

            /**
             * Decodes a ListBackupsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.ListBackupsRequest & atlas.ipc.ListBackupsRequest.$Shape} ListBackupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.ListBackupsRequest & atlas.ipc.ListBackupsRequest.$Shape;

            /**
             * Verifies a ListBackupsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListBackupsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListBackupsRequest
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.ListBackupsRequest;

            /**
             * Creates a plain object from a ListBackupsRequest message. Also converts values to other types if specified.
             * @param message ListBackupsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.ListBackupsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListBackupsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListBackupsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link ListBackupsRequest}. */
        namespace ListBackupsRequest {

            /** Properties of a ListBackupsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListBackupsRequest. */
            type $Shape = atlas.ipc.ListBackupsRequest.$Properties;
        }

        /**
         * Properties of a ListBackupsResponse.
         * @deprecated Use atlas.ipc.ListBackupsResponse.$Properties instead.
         */
        interface IListBackupsResponse extends atlas.ipc.ListBackupsResponse.$Properties {
        }

        /** Represents a ListBackupsResponse. */
        class ListBackupsResponse {

            /**
             * Constructs a new ListBackupsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.ListBackupsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListBackupsResponse backups. */
            backups: atlas.common.BackupInfo.$Properties[];

            /**
             * Creates a new ListBackupsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListBackupsResponse instance
             */
            static create(properties: atlas.ipc.ListBackupsResponse.$Shape): atlas.ipc.ListBackupsResponse & atlas.ipc.ListBackupsResponse.$Shape;
            /** Creates a new ListBackupsResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.ListBackupsResponse.$Properties): atlas.ipc.ListBackupsResponse;

            /**
             * Encodes the specified ListBackupsResponse message. Does not implicitly {@link atlas.ipc.ListBackupsResponse.verify|verify} messages.
             * @param message ListBackupsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.ListBackupsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListBackupsResponse message, length delimited. Does not implicitly {@link atlas.ipc.ListBackupsResponse.verify|verify} messages.
             * @param message ListBackupsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.ListBackupsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListBackupsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.ListBackupsResponse & atlas.ipc.ListBackupsResponse.$Shape} ListBackupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.ListBackupsResponse & atlas.ipc.ListBackupsResponse.$Shape;

            /**
             * Decodes a ListBackupsResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.ListBackupsResponse & atlas.ipc.ListBackupsResponse.$Shape} ListBackupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.ListBackupsResponse & atlas.ipc.ListBackupsResponse.$Shape;

            /**
             * Verifies a ListBackupsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListBackupsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListBackupsResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.ListBackupsResponse;

            /**
             * Creates a plain object from a ListBackupsResponse message. Also converts values to other types if specified.
             * @param message ListBackupsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.ListBackupsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListBackupsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListBackupsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link ListBackupsResponse}. */
        namespace ListBackupsResponse {

            /** Properties of a ListBackupsResponse. */
            interface $Properties {

                /** ListBackupsResponse backups */
                backups?: (atlas.common.BackupInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListBackupsResponse. */
            type $Shape = atlas.ipc.ListBackupsResponse.$Properties;
        }

        /**
         * Properties of a RestoreBackupRequest.
         * @deprecated Use atlas.ipc.RestoreBackupRequest.$Properties instead.
         */
        interface IRestoreBackupRequest extends atlas.ipc.RestoreBackupRequest.$Properties {
        }

        /** Represents a RestoreBackupRequest. */
        class RestoreBackupRequest {

            /**
             * Constructs a new RestoreBackupRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.RestoreBackupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RestoreBackupRequest backupId. */
            backupId: string;

            /**
             * Creates a new RestoreBackupRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RestoreBackupRequest instance
             */
            static create(properties: atlas.ipc.RestoreBackupRequest.$Shape): atlas.ipc.RestoreBackupRequest & atlas.ipc.RestoreBackupRequest.$Shape;
            /** Creates a new RestoreBackupRequest instance using the specified properties. */
            static create(properties?: atlas.ipc.RestoreBackupRequest.$Properties): atlas.ipc.RestoreBackupRequest;

            /**
             * Encodes the specified RestoreBackupRequest message. Does not implicitly {@link atlas.ipc.RestoreBackupRequest.verify|verify} messages.
             * @param message RestoreBackupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.RestoreBackupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RestoreBackupRequest message, length delimited. Does not implicitly {@link atlas.ipc.RestoreBackupRequest.verify|verify} messages.
             * @param message RestoreBackupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.RestoreBackupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RestoreBackupRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.RestoreBackupRequest & atlas.ipc.RestoreBackupRequest.$Shape} RestoreBackupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.RestoreBackupRequest & atlas.ipc.RestoreBackupRequest.$Shape;

            /**
             * Decodes a RestoreBackupRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.RestoreBackupRequest & atlas.ipc.RestoreBackupRequest.$Shape} RestoreBackupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.RestoreBackupRequest & atlas.ipc.RestoreBackupRequest.$Shape;

            /**
             * Verifies a RestoreBackupRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RestoreBackupRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RestoreBackupRequest
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.RestoreBackupRequest;

            /**
             * Creates a plain object from a RestoreBackupRequest message. Also converts values to other types if specified.
             * @param message RestoreBackupRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.RestoreBackupRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RestoreBackupRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RestoreBackupRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link RestoreBackupRequest}. */
        namespace RestoreBackupRequest {

            /** Properties of a RestoreBackupRequest. */
            interface $Properties {

                /** RestoreBackupRequest backupId */
                backupId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RestoreBackupRequest. */
            type $Shape = atlas.ipc.RestoreBackupRequest.$Properties;
        }

        /**
         * Properties of a RestoreBackupResponse.
         * @deprecated Use atlas.ipc.RestoreBackupResponse.$Properties instead.
         */
        interface IRestoreBackupResponse extends atlas.ipc.RestoreBackupResponse.$Properties {
        }

        /** Represents a RestoreBackupResponse. */
        class RestoreBackupResponse {

            /**
             * Constructs a new RestoreBackupResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.RestoreBackupResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RestoreBackupResponse success. */
            success: boolean;

            /** RestoreBackupResponse message. */
            message: string;

            /**
             * Creates a new RestoreBackupResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RestoreBackupResponse instance
             */
            static create(properties: atlas.ipc.RestoreBackupResponse.$Shape): atlas.ipc.RestoreBackupResponse & atlas.ipc.RestoreBackupResponse.$Shape;
            /** Creates a new RestoreBackupResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.RestoreBackupResponse.$Properties): atlas.ipc.RestoreBackupResponse;

            /**
             * Encodes the specified RestoreBackupResponse message. Does not implicitly {@link atlas.ipc.RestoreBackupResponse.verify|verify} messages.
             * @param message RestoreBackupResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.RestoreBackupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RestoreBackupResponse message, length delimited. Does not implicitly {@link atlas.ipc.RestoreBackupResponse.verify|verify} messages.
             * @param message RestoreBackupResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.RestoreBackupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RestoreBackupResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.RestoreBackupResponse & atlas.ipc.RestoreBackupResponse.$Shape} RestoreBackupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.RestoreBackupResponse & atlas.ipc.RestoreBackupResponse.$Shape;

            /**
             * Decodes a RestoreBackupResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.RestoreBackupResponse & atlas.ipc.RestoreBackupResponse.$Shape} RestoreBackupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.RestoreBackupResponse & atlas.ipc.RestoreBackupResponse.$Shape;

            /**
             * Verifies a RestoreBackupResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RestoreBackupResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RestoreBackupResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.RestoreBackupResponse;

            /**
             * Creates a plain object from a RestoreBackupResponse message. Also converts values to other types if specified.
             * @param message RestoreBackupResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.RestoreBackupResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RestoreBackupResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RestoreBackupResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link RestoreBackupResponse}. */
        namespace RestoreBackupResponse {

            /** Properties of a RestoreBackupResponse. */
            interface $Properties {

                /** RestoreBackupResponse success */
                success?: (boolean|null);

                /** RestoreBackupResponse message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RestoreBackupResponse. */
            type $Shape = atlas.ipc.RestoreBackupResponse.$Properties;
        }

        /**
         * Properties of an UpdateServerRequest.
         * @deprecated Use atlas.ipc.UpdateServerRequest.$Properties instead.
         */
        interface IUpdateServerRequest extends atlas.ipc.UpdateServerRequest.$Properties {
        }

        /** Represents an UpdateServerRequest. */
        class UpdateServerRequest {

            /**
             * Constructs a new UpdateServerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.UpdateServerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateServerRequest channel. */
            channel: string;

            /**
             * Creates a new UpdateServerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateServerRequest instance
             */
            static create(properties: atlas.ipc.UpdateServerRequest.$Shape): atlas.ipc.UpdateServerRequest & atlas.ipc.UpdateServerRequest.$Shape;
            /** Creates a new UpdateServerRequest instance using the specified properties. */
            static create(properties?: atlas.ipc.UpdateServerRequest.$Properties): atlas.ipc.UpdateServerRequest;

            /**
             * Encodes the specified UpdateServerRequest message. Does not implicitly {@link atlas.ipc.UpdateServerRequest.verify|verify} messages.
             * @param message UpdateServerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.UpdateServerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UpdateServerRequest message, length delimited. Does not implicitly {@link atlas.ipc.UpdateServerRequest.verify|verify} messages.
             * @param message UpdateServerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.UpdateServerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateServerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.UpdateServerRequest & atlas.ipc.UpdateServerRequest.$Shape} UpdateServerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.UpdateServerRequest & atlas.ipc.UpdateServerRequest.$Shape;

            /**
             * Decodes an UpdateServerRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.UpdateServerRequest & atlas.ipc.UpdateServerRequest.$Shape} UpdateServerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.UpdateServerRequest & atlas.ipc.UpdateServerRequest.$Shape;

            /**
             * Verifies an UpdateServerRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UpdateServerRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UpdateServerRequest
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.UpdateServerRequest;

            /**
             * Creates a plain object from an UpdateServerRequest message. Also converts values to other types if specified.
             * @param message UpdateServerRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.UpdateServerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpdateServerRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpdateServerRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link UpdateServerRequest}. */
        namespace UpdateServerRequest {

            /** Properties of an UpdateServerRequest. */
            interface $Properties {

                /** UpdateServerRequest channel */
                channel?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateServerRequest. */
            type $Shape = atlas.ipc.UpdateServerRequest.$Properties;
        }

        /**
         * Properties of an UpdateServerResponse.
         * @deprecated Use atlas.ipc.UpdateServerResponse.$Properties instead.
         */
        interface IUpdateServerResponse extends atlas.ipc.UpdateServerResponse.$Properties {
        }

        /** Represents an UpdateServerResponse. */
        class UpdateServerResponse {

            /**
             * Constructs a new UpdateServerResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.UpdateServerResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateServerResponse success. */
            success: boolean;

            /** UpdateServerResponse oldVersion. */
            oldVersion: string;

            /** UpdateServerResponse newVersion. */
            newVersion: string;

            /** UpdateServerResponse message. */
            message: string;

            /**
             * Creates a new UpdateServerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateServerResponse instance
             */
            static create(properties: atlas.ipc.UpdateServerResponse.$Shape): atlas.ipc.UpdateServerResponse & atlas.ipc.UpdateServerResponse.$Shape;
            /** Creates a new UpdateServerResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.UpdateServerResponse.$Properties): atlas.ipc.UpdateServerResponse;

            /**
             * Encodes the specified UpdateServerResponse message. Does not implicitly {@link atlas.ipc.UpdateServerResponse.verify|verify} messages.
             * @param message UpdateServerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.UpdateServerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UpdateServerResponse message, length delimited. Does not implicitly {@link atlas.ipc.UpdateServerResponse.verify|verify} messages.
             * @param message UpdateServerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.UpdateServerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateServerResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.UpdateServerResponse & atlas.ipc.UpdateServerResponse.$Shape} UpdateServerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.UpdateServerResponse & atlas.ipc.UpdateServerResponse.$Shape;

            /**
             * Decodes an UpdateServerResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.UpdateServerResponse & atlas.ipc.UpdateServerResponse.$Shape} UpdateServerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.UpdateServerResponse & atlas.ipc.UpdateServerResponse.$Shape;

            /**
             * Verifies an UpdateServerResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UpdateServerResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UpdateServerResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.UpdateServerResponse;

            /**
             * Creates a plain object from an UpdateServerResponse message. Also converts values to other types if specified.
             * @param message UpdateServerResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.UpdateServerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpdateServerResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpdateServerResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link UpdateServerResponse}. */
        namespace UpdateServerResponse {

            /** Properties of an UpdateServerResponse. */
            interface $Properties {

                /** UpdateServerResponse success */
                success?: (boolean|null);

                /** UpdateServerResponse oldVersion */
                oldVersion?: (string|null);

                /** UpdateServerResponse newVersion */
                newVersion?: (string|null);

                /** UpdateServerResponse message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateServerResponse. */
            type $Shape = atlas.ipc.UpdateServerResponse.$Properties;
        }

        /**
         * Properties of a GetConfigRequest.
         * @deprecated Use atlas.ipc.GetConfigRequest.$Properties instead.
         */
        interface IGetConfigRequest extends atlas.ipc.GetConfigRequest.$Properties {
        }

        /** Represents a GetConfigRequest. */
        class GetConfigRequest {

            /**
             * Constructs a new GetConfigRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.GetConfigRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GetConfigRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetConfigRequest instance
             */
            static create(properties: atlas.ipc.GetConfigRequest.$Shape): atlas.ipc.GetConfigRequest & atlas.ipc.GetConfigRequest.$Shape;
            /** Creates a new GetConfigRequest instance using the specified properties. */
            static create(properties?: atlas.ipc.GetConfigRequest.$Properties): atlas.ipc.GetConfigRequest;

            /**
             * Encodes the specified GetConfigRequest message. Does not implicitly {@link atlas.ipc.GetConfigRequest.verify|verify} messages.
             * @param message GetConfigRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.GetConfigRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetConfigRequest message, length delimited. Does not implicitly {@link atlas.ipc.GetConfigRequest.verify|verify} messages.
             * @param message GetConfigRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.GetConfigRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetConfigRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.GetConfigRequest & atlas.ipc.GetConfigRequest.$Shape} GetConfigRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.GetConfigRequest & atlas.ipc.GetConfigRequest.$Shape;

            /**
             * Decodes a GetConfigRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetConfigRequest & atlas.ipc.GetConfigRequest.$Shape} GetConfigRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.GetConfigRequest & atlas.ipc.GetConfigRequest.$Shape;

            /**
             * Verifies a GetConfigRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetConfigRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetConfigRequest
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.GetConfigRequest;

            /**
             * Creates a plain object from a GetConfigRequest message. Also converts values to other types if specified.
             * @param message GetConfigRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.GetConfigRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetConfigRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetConfigRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link GetConfigRequest}. */
        namespace GetConfigRequest {

            /** Properties of a GetConfigRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetConfigRequest. */
            type $Shape = atlas.ipc.GetConfigRequest.$Properties;
        }

        /**
         * Properties of a GetConfigResponse.
         * @deprecated Use atlas.ipc.GetConfigResponse.$Properties instead.
         */
        interface IGetConfigResponse extends atlas.ipc.GetConfigResponse.$Properties {
        }

        /** Represents a GetConfigResponse. */
        class GetConfigResponse {

            /**
             * Constructs a new GetConfigResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.GetConfigResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetConfigResponse configJson. */
            configJson: string;

            /**
             * Creates a new GetConfigResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetConfigResponse instance
             */
            static create(properties: atlas.ipc.GetConfigResponse.$Shape): atlas.ipc.GetConfigResponse & atlas.ipc.GetConfigResponse.$Shape;
            /** Creates a new GetConfigResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.GetConfigResponse.$Properties): atlas.ipc.GetConfigResponse;

            /**
             * Encodes the specified GetConfigResponse message. Does not implicitly {@link atlas.ipc.GetConfigResponse.verify|verify} messages.
             * @param message GetConfigResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.GetConfigResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetConfigResponse message, length delimited. Does not implicitly {@link atlas.ipc.GetConfigResponse.verify|verify} messages.
             * @param message GetConfigResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.GetConfigResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetConfigResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.GetConfigResponse & atlas.ipc.GetConfigResponse.$Shape} GetConfigResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.GetConfigResponse & atlas.ipc.GetConfigResponse.$Shape;

            /**
             * Decodes a GetConfigResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetConfigResponse & atlas.ipc.GetConfigResponse.$Shape} GetConfigResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.GetConfigResponse & atlas.ipc.GetConfigResponse.$Shape;

            /**
             * Verifies a GetConfigResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetConfigResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetConfigResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.GetConfigResponse;

            /**
             * Creates a plain object from a GetConfigResponse message. Also converts values to other types if specified.
             * @param message GetConfigResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.GetConfigResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetConfigResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetConfigResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link GetConfigResponse}. */
        namespace GetConfigResponse {

            /** Properties of a GetConfigResponse. */
            interface $Properties {

                /** GetConfigResponse configJson */
                configJson?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetConfigResponse. */
            type $Shape = atlas.ipc.GetConfigResponse.$Properties;
        }

        /**
         * Properties of a SetConfigRequest.
         * @deprecated Use atlas.ipc.SetConfigRequest.$Properties instead.
         */
        interface ISetConfigRequest extends atlas.ipc.SetConfigRequest.$Properties {
        }

        /** Represents a SetConfigRequest. */
        class SetConfigRequest {

            /**
             * Constructs a new SetConfigRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.SetConfigRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetConfigRequest configJson. */
            configJson: string;

            /**
             * Creates a new SetConfigRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetConfigRequest instance
             */
            static create(properties: atlas.ipc.SetConfigRequest.$Shape): atlas.ipc.SetConfigRequest & atlas.ipc.SetConfigRequest.$Shape;
            /** Creates a new SetConfigRequest instance using the specified properties. */
            static create(properties?: atlas.ipc.SetConfigRequest.$Properties): atlas.ipc.SetConfigRequest;

            /**
             * Encodes the specified SetConfigRequest message. Does not implicitly {@link atlas.ipc.SetConfigRequest.verify|verify} messages.
             * @param message SetConfigRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.SetConfigRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetConfigRequest message, length delimited. Does not implicitly {@link atlas.ipc.SetConfigRequest.verify|verify} messages.
             * @param message SetConfigRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.SetConfigRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetConfigRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.SetConfigRequest & atlas.ipc.SetConfigRequest.$Shape} SetConfigRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.SetConfigRequest & atlas.ipc.SetConfigRequest.$Shape;

            /**
             * Decodes a SetConfigRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.SetConfigRequest & atlas.ipc.SetConfigRequest.$Shape} SetConfigRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.SetConfigRequest & atlas.ipc.SetConfigRequest.$Shape;

            /**
             * Verifies a SetConfigRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetConfigRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetConfigRequest
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.SetConfigRequest;

            /**
             * Creates a plain object from a SetConfigRequest message. Also converts values to other types if specified.
             * @param message SetConfigRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.SetConfigRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetConfigRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetConfigRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link SetConfigRequest}. */
        namespace SetConfigRequest {

            /** Properties of a SetConfigRequest. */
            interface $Properties {

                /** SetConfigRequest configJson */
                configJson?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetConfigRequest. */
            type $Shape = atlas.ipc.SetConfigRequest.$Properties;
        }

        /**
         * Properties of a SetConfigResponse.
         * @deprecated Use atlas.ipc.SetConfigResponse.$Properties instead.
         */
        interface ISetConfigResponse extends atlas.ipc.SetConfigResponse.$Properties {
        }

        /** Represents a SetConfigResponse. */
        class SetConfigResponse {

            /**
             * Constructs a new SetConfigResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.SetConfigResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetConfigResponse success. */
            success: boolean;

            /** SetConfigResponse message. */
            message: string;

            /**
             * Creates a new SetConfigResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetConfigResponse instance
             */
            static create(properties: atlas.ipc.SetConfigResponse.$Shape): atlas.ipc.SetConfigResponse & atlas.ipc.SetConfigResponse.$Shape;
            /** Creates a new SetConfigResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.SetConfigResponse.$Properties): atlas.ipc.SetConfigResponse;

            /**
             * Encodes the specified SetConfigResponse message. Does not implicitly {@link atlas.ipc.SetConfigResponse.verify|verify} messages.
             * @param message SetConfigResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.SetConfigResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetConfigResponse message, length delimited. Does not implicitly {@link atlas.ipc.SetConfigResponse.verify|verify} messages.
             * @param message SetConfigResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.SetConfigResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetConfigResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.SetConfigResponse & atlas.ipc.SetConfigResponse.$Shape} SetConfigResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.SetConfigResponse & atlas.ipc.SetConfigResponse.$Shape;

            /**
             * Decodes a SetConfigResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.SetConfigResponse & atlas.ipc.SetConfigResponse.$Shape} SetConfigResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.SetConfigResponse & atlas.ipc.SetConfigResponse.$Shape;

            /**
             * Verifies a SetConfigResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetConfigResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetConfigResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.SetConfigResponse;

            /**
             * Creates a plain object from a SetConfigResponse message. Also converts values to other types if specified.
             * @param message SetConfigResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.SetConfigResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetConfigResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetConfigResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link SetConfigResponse}. */
        namespace SetConfigResponse {

            /** Properties of a SetConfigResponse. */
            interface $Properties {

                /** SetConfigResponse success */
                success?: (boolean|null);

                /** SetConfigResponse message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetConfigResponse. */
            type $Shape = atlas.ipc.SetConfigResponse.$Properties;
        }

        /**
         * Properties of a GetMetricsRequest.
         * @deprecated Use atlas.ipc.GetMetricsRequest.$Properties instead.
         */
        interface IGetMetricsRequest extends atlas.ipc.GetMetricsRequest.$Properties {
        }

        /** Represents a GetMetricsRequest. */
        class GetMetricsRequest {

            /**
             * Constructs a new GetMetricsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.GetMetricsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GetMetricsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetMetricsRequest instance
             */
            static create(properties: atlas.ipc.GetMetricsRequest.$Shape): atlas.ipc.GetMetricsRequest & atlas.ipc.GetMetricsRequest.$Shape;
            /** Creates a new GetMetricsRequest instance using the specified properties. */
            static create(properties?: atlas.ipc.GetMetricsRequest.$Properties): atlas.ipc.GetMetricsRequest;

            /**
             * Encodes the specified GetMetricsRequest message. Does not implicitly {@link atlas.ipc.GetMetricsRequest.verify|verify} messages.
             * @param message GetMetricsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.GetMetricsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetMetricsRequest message, length delimited. Does not implicitly {@link atlas.ipc.GetMetricsRequest.verify|verify} messages.
             * @param message GetMetricsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.GetMetricsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetMetricsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.GetMetricsRequest & atlas.ipc.GetMetricsRequest.$Shape} GetMetricsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.GetMetricsRequest & atlas.ipc.GetMetricsRequest.$Shape;

            /**
             * Decodes a GetMetricsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetMetricsRequest & atlas.ipc.GetMetricsRequest.$Shape} GetMetricsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.GetMetricsRequest & atlas.ipc.GetMetricsRequest.$Shape;

            /**
             * Verifies a GetMetricsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetMetricsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetMetricsRequest
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.GetMetricsRequest;

            /**
             * Creates a plain object from a GetMetricsRequest message. Also converts values to other types if specified.
             * @param message GetMetricsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.GetMetricsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetMetricsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetMetricsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link GetMetricsRequest}. */
        namespace GetMetricsRequest {

            /** Properties of a GetMetricsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetMetricsRequest. */
            type $Shape = atlas.ipc.GetMetricsRequest.$Properties;
        }

        /**
         * Properties of a GetMetricsResponse.
         * @deprecated Use atlas.ipc.GetMetricsResponse.$Properties instead.
         */
        interface IGetMetricsResponse extends atlas.ipc.GetMetricsResponse.$Properties {
        }

        /** Represents a GetMetricsResponse. */
        class GetMetricsResponse {

            /**
             * Constructs a new GetMetricsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.GetMetricsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetMetricsResponse text. */
            text: string;

            /**
             * Creates a new GetMetricsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetMetricsResponse instance
             */
            static create(properties: atlas.ipc.GetMetricsResponse.$Shape): atlas.ipc.GetMetricsResponse & atlas.ipc.GetMetricsResponse.$Shape;
            /** Creates a new GetMetricsResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.GetMetricsResponse.$Properties): atlas.ipc.GetMetricsResponse;

            /**
             * Encodes the specified GetMetricsResponse message. Does not implicitly {@link atlas.ipc.GetMetricsResponse.verify|verify} messages.
             * @param message GetMetricsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.GetMetricsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetMetricsResponse message, length delimited. Does not implicitly {@link atlas.ipc.GetMetricsResponse.verify|verify} messages.
             * @param message GetMetricsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.GetMetricsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetMetricsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.GetMetricsResponse & atlas.ipc.GetMetricsResponse.$Shape} GetMetricsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.GetMetricsResponse & atlas.ipc.GetMetricsResponse.$Shape;

            /**
             * Decodes a GetMetricsResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.GetMetricsResponse & atlas.ipc.GetMetricsResponse.$Shape} GetMetricsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.GetMetricsResponse & atlas.ipc.GetMetricsResponse.$Shape;

            /**
             * Verifies a GetMetricsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetMetricsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetMetricsResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.GetMetricsResponse;

            /**
             * Creates a plain object from a GetMetricsResponse message. Also converts values to other types if specified.
             * @param message GetMetricsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.GetMetricsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetMetricsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetMetricsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link GetMetricsResponse}. */
        namespace GetMetricsResponse {

            /** Properties of a GetMetricsResponse. */
            interface $Properties {

                /** GetMetricsResponse text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetMetricsResponse. */
            type $Shape = atlas.ipc.GetMetricsResponse.$Properties;
        }

        /**
         * Properties of an ErrorResponse.
         * @deprecated Use atlas.ipc.ErrorResponse.$Properties instead.
         */
        interface IErrorResponse extends atlas.ipc.ErrorResponse.$Properties {
        }

        /** Represents an ErrorResponse. */
        class ErrorResponse {

            /**
             * Constructs a new ErrorResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.ipc.ErrorResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ErrorResponse code. */
            code: string;

            /** ErrorResponse message. */
            message: string;

            /** ErrorResponse details. */
            details: string;

            /**
             * Creates a new ErrorResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ErrorResponse instance
             */
            static create(properties: atlas.ipc.ErrorResponse.$Shape): atlas.ipc.ErrorResponse & atlas.ipc.ErrorResponse.$Shape;
            /** Creates a new ErrorResponse instance using the specified properties. */
            static create(properties?: atlas.ipc.ErrorResponse.$Properties): atlas.ipc.ErrorResponse;

            /**
             * Encodes the specified ErrorResponse message. Does not implicitly {@link atlas.ipc.ErrorResponse.verify|verify} messages.
             * @param message ErrorResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.ipc.ErrorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ErrorResponse message, length delimited. Does not implicitly {@link atlas.ipc.ErrorResponse.verify|verify} messages.
             * @param message ErrorResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.ipc.ErrorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ErrorResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.ipc.ErrorResponse & atlas.ipc.ErrorResponse.$Shape} ErrorResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.ipc.ErrorResponse & atlas.ipc.ErrorResponse.$Shape;

            /**
             * Decodes an ErrorResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.ipc.ErrorResponse & atlas.ipc.ErrorResponse.$Shape} ErrorResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.ipc.ErrorResponse & atlas.ipc.ErrorResponse.$Shape;

            /**
             * Verifies an ErrorResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ErrorResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ErrorResponse
             */
            static fromObject(object: { [k: string]: any }): atlas.ipc.ErrorResponse;

            /**
             * Creates a plain object from an ErrorResponse message. Also converts values to other types if specified.
             * @param message ErrorResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.ipc.ErrorResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ErrorResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ErrorResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link ErrorResponse}. */
        namespace ErrorResponse {

            /** Properties of an ErrorResponse. */
            interface $Properties {

                /** ErrorResponse code */
                code?: (string|null);

                /** ErrorResponse message */
                message?: (string|null);

                /** ErrorResponse details */
                details?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ErrorResponse. */
            type $Shape = atlas.ipc.ErrorResponse.$Properties;
        }
    }

    /** Namespace common. */
    namespace common {

        /** ServerState enum. */
        enum ServerState {

            /** SERVER_STATE_UNKNOWN value */
            SERVER_STATE_UNKNOWN = 0,

            /** SERVER_STATE_STOPPED value */
            SERVER_STATE_STOPPED = 1,

            /** SERVER_STATE_STARTING value */
            SERVER_STATE_STARTING = 2,

            /** SERVER_STATE_RUNNING value */
            SERVER_STATE_RUNNING = 3,

            /** SERVER_STATE_STOPPING value */
            SERVER_STATE_STOPPING = 4,

            /** SERVER_STATE_ERROR value */
            SERVER_STATE_ERROR = 5
        }

        /**
         * Properties of a BackupInfo.
         * @deprecated Use atlas.common.BackupInfo.$Properties instead.
         */
        interface IBackupInfo extends atlas.common.BackupInfo.$Properties {
        }

        /** Represents a BackupInfo. */
        class BackupInfo {

            /**
             * Constructs a new BackupInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: atlas.common.BackupInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BackupInfo id. */
            id: string;

            /** BackupInfo name. */
            name: string;

            /** BackupInfo createdAt. */
            createdAt: (number|Long);

            /** BackupInfo sizeBytes. */
            sizeBytes: (number|Long);

            /**
             * Creates a new BackupInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BackupInfo instance
             */
            static create(properties: atlas.common.BackupInfo.$Shape): atlas.common.BackupInfo & atlas.common.BackupInfo.$Shape;
            /** Creates a new BackupInfo instance using the specified properties. */
            static create(properties?: atlas.common.BackupInfo.$Properties): atlas.common.BackupInfo;

            /**
             * Encodes the specified BackupInfo message. Does not implicitly {@link atlas.common.BackupInfo.verify|verify} messages.
             * @param message BackupInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: atlas.common.BackupInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BackupInfo message, length delimited. Does not implicitly {@link atlas.common.BackupInfo.verify|verify} messages.
             * @param message BackupInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: atlas.common.BackupInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BackupInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {atlas.common.BackupInfo & atlas.common.BackupInfo.$Shape} BackupInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): atlas.common.BackupInfo & atlas.common.BackupInfo.$Shape;

            /**
             * Decodes a BackupInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {atlas.common.BackupInfo & atlas.common.BackupInfo.$Shape} BackupInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): atlas.common.BackupInfo & atlas.common.BackupInfo.$Shape;

            /**
             * Verifies a BackupInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BackupInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BackupInfo
             */
            static fromObject(object: { [k: string]: any }): atlas.common.BackupInfo;

            /**
             * Creates a plain object from a BackupInfo message. Also converts values to other types if specified.
             * @param message BackupInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: atlas.common.BackupInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BackupInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BackupInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        /** Types that belong to {@link BackupInfo}. */
        namespace BackupInfo {

            /** Properties of a BackupInfo. */
            interface $Properties {

                /** BackupInfo id */
                id?: (string|null);

                /** BackupInfo name */
                name?: (string|null);

                /** BackupInfo createdAt */
                createdAt?: (number|Long|null);

                /** BackupInfo sizeBytes */
                sizeBytes?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BackupInfo. */
            type $Shape = atlas.common.BackupInfo.$Properties;
        }
    }
}
