#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""A Python controller of the VIDA3 Studio remote control, the way simpleobsws and obsws-python
talk to OBS: subprotocol obswebsocket.msgpack only, binary frames, integer requestIds, the next
frame after a request taken as its answer, eventSubscriptions 0 (so no event may ever arrive).

Needs only Debian packages: python3-websocket (websocket-client) and python3-msgpack.

    python3 python_client.py --port PORT --password PASSWORD

Exits 0 after "OK: ..."; otherwise prints "FAIL: <reason>" and exits 1.
"""
import argparse
import base64
import hashlib
import sys
import time

try:
    import msgpack
    import websocket
except ImportError as error:
    print(f"FAIL: {error}: install Debian's python3-websocket and python3-msgpack "
          f"(and run this with /usr/bin/python3, not a virtualenv without them)", file=sys.stderr)
    sys.exit(1)


class Failure(Exception):
    pass


def b64sha256(text):
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


class Client:
    def __init__(self, host, port, timeout):
        self.timeout = timeout
        self.next_id = 1
        try:
            # websocket-client sends "Origin: http://HOST:PORT" by default, as obsws-python does.
            self.ws = websocket.create_connection(f"ws://{host}:{port}", subprotocols=["obswebsocket.msgpack"],
                                                  timeout=timeout)
        except Exception as error:  # noqa: BLE001 - any failure to connect is the verdict
            raise Failure(f"could not connect to ws://{host}:{port} with subprotocol obswebsocket.msgpack: "
                          f"{type(error).__name__}: {error}") from error
        protocol = self.ws.getsubprotocol()
        if protocol != "obswebsocket.msgpack":
            raise Failure(f"the server answered subprotocol {protocol!r}, not obswebsocket.msgpack")

    def recv(self, timeout=None):
        """The next message (a dict); raises on a text frame, a close or silence."""
        self.ws.settimeout(self.timeout if timeout is None else timeout)
        try:
            opcode, data = self.ws.recv_data()
        except websocket.WebSocketTimeoutException as error:
            raise TimeoutError() from error
        if opcode == websocket.ABNF.OPCODE_CLOSE:
            code = int.from_bytes(data[:2], "big") if len(data) >= 2 else None
            raise Failure(f"the server closed the connection: {code} {data[2:].decode('utf-8', 'replace')!r}")
        if opcode == websocket.ABNF.OPCODE_TEXT:
            raise Failure(f"a text frame on a MessagePack session (simpleobsws ignores these and would hang): {data[:200]!r}")
        if opcode != websocket.ABNF.OPCODE_BINARY:
            raise Failure(f"unexpected frame opcode {opcode}")
        try:
            message = msgpack.unpackb(data, raw=False)
        except Exception as error:  # noqa: BLE001
            raise Failure(f"a binary frame that is not MessagePack: {error}: {data[:80]!r}") from error
        if not isinstance(message, dict) or "op" not in message or "d" not in message:
            raise Failure(f"not an obs-websocket message: {message!r}")
        if message["op"] == 5:
            raise Failure(f"an event arrived although eventSubscriptions is 0: {message['d']!r}")
        return message

    def send(self, message):
        self.ws.send_binary(msgpack.packb(message, use_bin_type=True))

    def identify(self, password):
        try:
            hello = self.recv()
        except TimeoutError as error:
            raise Failure(f"no Hello within {self.timeout} s") from error
        if hello["op"] != 0:
            raise Failure(f"the first message is not Hello: {hello!r}")
        d = {"rpcVersion": 1, "eventSubscriptions": 0}
        auth = hello["d"].get("authentication")
        if not auth:
            raise Failure(f"Hello asks for no password, but the studio was started with one: {hello['d']!r}")
        d["authentication"] = b64sha256(b64sha256(password + auth["salt"]) + auth["challenge"])
        self.send({"op": 1, "d": d})
        try:
            identified = self.recv()
        except TimeoutError as error:
            raise Failure(f"no Identified within {self.timeout} s") from error
        if identified["op"] != 2 or identified["d"].get("negotiatedRpcVersion") != 1:
            raise Failure(f"expected Identified with negotiatedRpcVersion 1, got {identified!r}")
        return hello["d"]

    def call(self, request_type, request_data=None):
        """One request with an integer requestId; the very next frame must be its answer."""
        request_id = self.next_id
        self.next_id += 1
        d = {"requestType": request_type, "requestId": request_id}
        if request_data is not None:
            d["requestData"] = request_data
        self.send({"op": 6, "d": d})
        try:
            response = self.recv()
        except TimeoutError as error:
            raise Failure(f"{request_type}: no answer within {self.timeout} s") from error
        rd = response["d"]
        if response["op"] != 7:
            raise Failure(f"{request_type}: the next frame is op {response['op']}, not its RequestResponse: {response!r}")
        if type(rd.get("requestId")) is not int or rd["requestId"] != request_id:
            raise Failure(f"{request_type}: requestId {rd.get('requestId')!r} ({type(rd.get('requestId')).__name__}) "
                          f"came back for the integer {request_id} (obsws-python matches on it)")
        if rd.get("requestType") != request_type:
            raise Failure(f"{request_type}: the answer is for {rd.get('requestType')!r}")
        status = rd.get("requestStatus") or {}
        if status.get("result") is not True or status.get("code") != 100:
            raise Failure(f"{request_type} {request_data!r} failed: {status!r}")
        return rd.get("responseData") or {}

    def no_event_for(self, seconds):
        """Nothing at all may arrive while no request is outstanding (subs 0)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                message = self.recv(timeout=max(0.05, end - time.monotonic()))
            except TimeoutError:
                return
            raise Failure(f"an unasked-for message arrived: {message!r}")

    def close(self):
        self.ws.close()


def expect(condition, reason):
    if not condition:
        raise Failure(reason)


def run(args):
    client = Client(args.host, args.port, args.timeout)
    hello = client.identify(args.password)
    version = client.call("GetVersion")
    expect(version.get("rpcVersion") == 1, f"GetVersion.rpcVersion is {version.get('rpcVersion')!r}")
    expect(isinstance(version.get("obsVersion"), str) and isinstance(version.get("obsWebSocketVersion"), str),
           f"GetVersion without version strings: {version!r}")
    scenes = client.call("GetSceneList")
    names = [s.get("sceneName") for s in scenes.get("scenes", [])]
    expect({"Red", "Blue", "Green"} <= set(names), f"GetSceneList names {names!r}")
    expect(all(isinstance(s.get("sceneIndex"), int) for s in scenes["scenes"]), f"sceneIndex not integers: {scenes!r}")
    before = scenes.get("currentProgramSceneName")
    target = "Blue" if before != "Blue" else "Red"
    client.call("SetCurrentProgramScene", {"sceneName": target})
    current = client.call("GetCurrentProgramScene")
    expect(current.get("sceneName") == target, f"GetCurrentProgramScene says {current.get('sceneName')!r} after switching to {target!r}")
    client.call("SetInputMute", {"inputName": "tone", "inputMuted": True})
    muted = client.call("GetInputMute", {"inputName": "tone"})
    expect(muted.get("inputMuted") is True, f"GetInputMute after muting: {muted!r}")
    client.call("SetInputMute", {"inputName": "tone", "inputMuted": False})
    unmuted = client.call("GetInputMute", {"inputName": "tone"})
    expect(unmuted.get("inputMuted") is False, f"GetInputMute after unmuting: {unmuted!r}")
    # The switch and the mutes would have produced events for a subscribed session: none may come here.
    client.no_event_for(2.0)
    client.close()
    print(f"OK: {hello.get('obsWebSocketVersion')} over MessagePack; {client.next_id - 1} requests with integer ids; "
          f"programme {before} -> {target}; tone muted and unmuted; no event with eventSubscriptions 0")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for each answer")
    args = parser.parse_args()
    try:
        run(args)
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - anything else is a failure too, said plainly
        print(f"FAIL: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
