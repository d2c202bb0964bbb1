// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>

// The obs-websocket v5 (RPC 1) wire constants this server speaks: op codes, close codes,
// request status codes and event subscription bits, as the published protocol defines them.
namespace vida3::studio::remote {

inline constexpr int kRpcVersion = 1;
// The keychain entry that keeps the window's remote-control password.
inline constexpr char kPasswordSecretName[] = "remote-control-password";
// What GetVersion and Hello report. Clients gate on these (obs-cmd wants OBS >= 30.2 and
// obs-websocket ^5.5), so they name the protocol level we speak, not our product; the product
// is in platformDescription.
inline constexpr char kObsVersion[] = "30.2.0";
inline constexpr char kObsWebSocketVersion[] = "5.5.0";

enum class OpCode : int {
    Hello = 0,
    Identify = 1,
    Identified = 2,
    Reidentify = 3,
    Event = 5,
    Request = 6,
    RequestResponse = 7,
    RequestBatch = 8,
    RequestBatchResponse = 9,
};

enum class CloseCode : int {
    UnknownReason = 4000,
    MessageDecodeError = 4002,
    MissingDataField = 4003,
    InvalidDataFieldType = 4004,
    InvalidDataFieldValue = 4005,
    UnknownOpCode = 4006,
    NotIdentified = 4007,
    AlreadyIdentified = 4008,
    AuthenticationFailed = 4009,
    UnsupportedRpcVersion = 4010,
    SessionInvalidated = 4011,
    UnsupportedFeature = 4012,
};

namespace status {
inline constexpr int Success = 100;
inline constexpr int MissingRequestType = 203;
inline constexpr int UnknownRequestType = 204;
inline constexpr int GenericError = 205;
inline constexpr int UnsupportedRequestBatchExecutionType = 206;
inline constexpr int NotReady = 207;
inline constexpr int MissingRequestField = 300;
inline constexpr int MissingRequestData = 301;
inline constexpr int InvalidRequestField = 400;
inline constexpr int InvalidRequestFieldType = 401;
inline constexpr int RequestFieldOutOfRange = 402;
inline constexpr int RequestFieldEmpty = 403;
inline constexpr int TooManyRequestFields = 404;
inline constexpr int OutputRunning = 500;
inline constexpr int OutputNotRunning = 501;
inline constexpr int OutputPaused = 502;
inline constexpr int OutputNotPaused = 503;
inline constexpr int OutputDisabled = 504;
inline constexpr int StudioModeActive = 505;
inline constexpr int StudioModeNotActive = 506;
inline constexpr int ResourceNotFound = 600;
inline constexpr int ResourceAlreadyExists = 601;
inline constexpr int InvalidResourceType = 602;
inline constexpr int InvalidResourceState = 604;
inline constexpr int ResourceNotConfigurable = 606;
inline constexpr int ResourceActionFailed = 701;
inline constexpr int RequestProcessingFailed = 702;
inline constexpr int CannotAct = 703;
}  // namespace status

namespace subscription {
inline constexpr uint32_t General = 1u << 0;
inline constexpr uint32_t Config = 1u << 1;
inline constexpr uint32_t Scenes = 1u << 2;
inline constexpr uint32_t Inputs = 1u << 3;
inline constexpr uint32_t Transitions = 1u << 4;
inline constexpr uint32_t Filters = 1u << 5;
inline constexpr uint32_t Outputs = 1u << 6;
inline constexpr uint32_t SceneItems = 1u << 7;
inline constexpr uint32_t MediaInputs = 1u << 8;
inline constexpr uint32_t Vendors = 1u << 9;
inline constexpr uint32_t Ui = 1u << 10;
inline constexpr uint32_t All = (1u << 11) - 1;  // the categories; high-volume events opt in
inline constexpr uint32_t InputVolumeMeters = 1u << 16;
inline constexpr uint32_t InputActiveStateChanged = 1u << 17;
inline constexpr uint32_t InputShowStateChanged = 1u << 18;
inline constexpr uint32_t SceneItemTransformChanged = 1u << 19;
}  // namespace subscription

}  // namespace vida3::studio::remote
