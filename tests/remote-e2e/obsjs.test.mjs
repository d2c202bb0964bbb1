// SPDX-License-Identifier: GPL-2.0-or-later
// The remote control driven by the real obs-websocket-js 5.0.7 (what Companion bundles), over
// MessagePack (its Node default) and JSON (its browser build) at the same time, against a headless
// studio in --standby streaming to nginx-rtmp. What a user would see: the password works and a
// wrong or missing one is refused with obs-websocket's exact reasons; the version passes obs-cmd's
// gate; a scene switch and a studio-mode transition reach the RTMP output (ffmpeg finds red, then
// blue, then green frames); muting "tone" silences the stream; start/stop stream and record give
// OBS's events in order and a playable H.264 + AAC file; the stream key is never revealed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import OBSWebSocket from 'obs-websocket-js';
import OBSWebSocketJson from 'obs-websocket-js/json';
import { startNginxRtmp } from '../relay-e2e/lib/nginx.mjs';
import { waitFor } from '../relay-e2e/lib/ports.mjs';
import { startRemoteStudio, connectObs, callStatus, waitEvent, whereSecretAppears, semverAtLeast, isSemver, isUInt,
  REASON, DOCUMENTED_CODES, UUID_RE, TIMECODE_RE, SCENES } from './lib/remote.mjs';
import { frameColours, colourRuns, describeRuns, audioWindows, meanDb, longestQuietRun, volumeDetect, probePackets, largestStep, decodeErrors,
  probeStreams } from './lib/judge.mjs';

const EVENTS = ['StreamStateChanged', 'RecordStateChanged', 'CurrentProgramSceneChanged', 'CurrentPreviewSceneChanged',
  'StudioModeStateChanged', 'InputMuteStateChanged'];
const S = state => `OBS_WEBSOCKET_OUTPUT_${state}`;
const FPS = 30;
const SILENT_DB = -60;      // the brief's "muted": mean below -60 dBFS
const AUDIBLE_DB = -55;     // the tone is a ~-32 dBFS pad breathing down ~20 dB every 8 s: never below ~-52 over 1.5 s

let nginx, studio, mp, js;
/** outputDuration (ms of stream) right after each request: where to look in the recording. */
const marks = {};
let sceneUuids = {};

before(async () => {
  nginx = await startNginxRtmp();
  studio = await startRemoteStudio({ nginxUrl: nginx.url });
});

after(async () => {
  for (const c of [mp, js]) await c?.obs.disconnect().catch(() => {});
  const exit = await studio?.stop();
  await nginx?.stop();
  if (exit && exit.code !== 0) console.log(`studio exit ${JSON.stringify(exit)}\n${studio.tail()}`);
  studio?.cleanup();
  if (nginx && !process.env.VIDA3_KEEP_TEST_FILES) fs.rmSync(nginx.dir, { recursive: true, force: true });
});

/** What went on, for failure messages. */
const context = (client = mp) => `\nevents: ${JSON.stringify(client?.events.map(e => [e.type, e.data]))}` +
  `\nclosed: ${JSON.stringify(client?.closes)}\nstudio:\n${studio.tail(2000)}`;

async function ok(client, requestType, requestData) {
  const r = await callStatus(client.obs, requestType, requestData);
  assert.ok(!r.silent, `${requestType} got no answer within 10 s${context(client)}`);
  assert.ok(r.ok, `${requestType} ${JSON.stringify(requestData ?? {})} failed: code ${r.code} "${r.comment}"${context(client)}`);
  return r.data ?? {};
}

const streamStatus = () => ok(mp, 'GetStreamStatus');

/** Waits until the stream has carried `ms` more of output (GetStreamStatus.outputDuration). */
async function waitOutput(ms) {
  const from = (await streamStatus()).outputDuration;
  let last = from;
  const done = await waitFor(async () => { last = (await streamStatus()).outputDuration; return last >= from + ms; }, ms * 3 + 15000, 200);
  assert.ok(done, `the stream did not advance ${ms} ms (outputDuration ${from} → ${last} ms)${context()}`);
  return last;
}

const streamStates = client => client.events.filter(e => e.type === 'StreamStateChanged').map(e => e.data.outputState);
const recordStates = client => client.events.filter(e => e.type === 'RecordStateChanged').map(e => e.data.outputState);

function assertVersion(v, hello, label) {
  assert.ok(isSemver(v.obsVersion) && semverAtLeast(v.obsVersion, '30.2.0'),
    `${label}: obsVersion "${v.obsVersion}" must be x.y.z ≥ 30.2.0, or obs-cmd (obws) refuses to connect`);
  assert.ok(isSemver(v.obsWebSocketVersion) && semverAtLeast(v.obsWebSocketVersion, '5.5.0') && !semverAtLeast(v.obsWebSocketVersion, '6.0.0'),
    `${label}: obsWebSocketVersion "${v.obsWebSocketVersion}" must be 5.5.0 ≤ x.y.z < 6, or obs-cmd refuses to connect`);
  assert.equal(v.rpcVersion, 1, `${label}: rpcVersion`);
  assert.ok(typeof v.platformDescription === 'string' && v.platformDescription.includes('VIDA'),
    `${label}: platformDescription "${v.platformDescription}" should say it is VIDA³ Studio`);
  assert.ok(Array.isArray(v.supportedImageFormats), `${label}: supportedImageFormats must be an array (Companion calls forEach on it): ${JSON.stringify(v.supportedImageFormats)}`);
  assert.ok(Array.isArray(v.availableRequests), `${label}: availableRequests must be an array`);
  const missing = ['GetVersion', 'GetSceneList', 'GetCurrentProgramScene', 'SetCurrentProgramScene', 'GetStudioModeEnabled',
    'SetStudioModeEnabled', 'SetCurrentPreviewScene', 'TriggerStudioModeTransition', 'GetInputMute', 'SetInputMute',
    'StartStream', 'StopStream', 'GetStreamStatus', 'StartRecord', 'StopRecord', 'GetStreamServiceSettings']
    .filter(r => !v.availableRequests.includes(r));
  assert.deepEqual(missing, [], `${label}: requests that work but availableRequests does not list`);
  assert.equal(hello.obsWebSocketVersion, v.obsWebSocketVersion, `${label}: Hello and GetVersion disagree on obsWebSocketVersion`);
  if (hello.obsStudioVersion !== undefined) assert.equal(hello.obsStudioVersion, v.obsVersion, `${label}: Hello.obsStudioVersion vs GetVersion.obsVersion`);
}

function assertOutputStatus(s, label) {
  const problems = [];
  for (const f of ['outputActive', 'outputReconnecting']) if (typeof s[f] !== 'boolean') problems.push(`${f} ${JSON.stringify(s[f])} is not a boolean`);
  if (!TIMECODE_RE.test(s.outputTimecode ?? '')) problems.push(`outputTimecode "${s.outputTimecode}" is not HH:MM:SS.mmm`);
  for (const f of ['outputDuration', 'outputBytes', 'outputSkippedFrames', 'outputTotalFrames']) {
    if (!isUInt(s[f])) problems.push(`${f} ${JSON.stringify(s[f])} is not a non-negative integer (obs-cmd cannot read it)`);
  }
  if (!(typeof s.outputCongestion === 'number' && s.outputCongestion >= 0 && s.outputCongestion <= 1)) problems.push(`outputCongestion ${s.outputCongestion} not in 0..1`);
  if (TIMECODE_RE.test(s.outputTimecode ?? '') && isUInt(s.outputDuration)) {
    const [h, m, sec] = s.outputTimecode.split(':').map(Number);
    const tcMs = Math.round(((h * 60) + m) * 60000 + sec * 1000);
    if (Math.abs(tcMs - s.outputDuration) > 1000) problems.push(`outputTimecode ${s.outputTimecode} and outputDuration ${s.outputDuration} ms disagree`);
  }
  assert.deepEqual(problems, [], `${label}: ${JSON.stringify(s)}`);
}

test('obs-websocket-js over MessagePack (as Companion) connects with the password; GetVersion passes obs-cmd\'s version gate', async () => {
  mp = await connectObs(OBSWebSocket, studio.port, studio.password, {}, EVENTS);
  assert.equal(mp.obs.socket.protocol, 'obswebsocket.msgpack', 'the server echoed the MessagePack subprotocol');
  assert.equal(mp.hello.negotiatedRpcVersion, 1, `Identified: ${JSON.stringify(mp.hello)}`);
  assert.ok(mp.hello.obsWebSocketVersion, 'Hello carries obsWebSocketVersion (Companion only shows "connected" then)');
  assertVersion(await ok(mp, 'GetVersion'), mp.hello, 'msgpack');
});

test('obs-websocket-js over JSON (its browser build) connects with the password beside it; same GetVersion', async () => {
  js = await connectObs(OBSWebSocketJson, studio.port, studio.password, {}, EVENTS);
  assert.equal(js.obs.socket.protocol, 'obswebsocket.json');
  assert.equal(js.hello.negotiatedRpcVersion, 1);
  const v = await ok(js, 'GetVersion');
  assertVersion(v, js.hello, 'json');
  const vm = await ok(mp, 'GetVersion');
  assert.deepEqual({ ...v, availableRequests: v.availableRequests.length }, { ...vm, availableRequests: vm.availableRequests.length },
    'both encodings give the same GetVersion');
});

test('GetSceneList lists Red, Blue, Green in OBS\'s order with UUIDs; Red is on air; "tone" is an input; studio mode is off', async () => {
  const list = await ok(mp, 'GetSceneList');
  assert.ok(Array.isArray(list.scenes), `scenes: ${JSON.stringify(list)}`);
  assert.equal(list.currentProgramSceneName, 'Red', `currentProgramSceneName: ${JSON.stringify(list)}`);
  // OBS orders scenes bottom to top: scenes[i].sceneIndex === i, index 0 = the last scene of the panel.
  const expected = [...SCENES].reverse().map((s, i) => ({ sceneName: s.name, sceneIndex: i }));
  assert.deepEqual(list.scenes.map(s => ({ sceneName: s.sceneName, sceneIndex: s.sceneIndex })), expected,
    'scenes in OBS\'s order (Companion\'s scene_1 = the last element = the first scene of the panel)');
  for (const s of list.scenes) assert.match(String(s.sceneUuid), UUID_RE, `sceneUuid of ${s.sceneName} (obs-cmd needs a UUID)`);
  assert.equal(new Set(list.scenes.map(s => s.sceneUuid)).size, 3, 'three different sceneUuids');
  sceneUuids = Object.fromEntries(list.scenes.map(s => [s.sceneName, s.sceneUuid]));
  const current = await ok(mp, 'GetCurrentProgramScene');
  assert.equal(current.sceneName, 'Red');
  assert.equal(current.sceneUuid, sceneUuids.Red);
  const inputs = (await ok(mp, 'GetInputList')).inputs;
  const tone = inputs?.find(i => i.inputName === 'tone');
  assert.ok(tone, `an input named "tone": ${JSON.stringify(inputs)}`);
  assert.equal(tone.inputKind, 'vida3_tone');
  assert.equal((await ok(mp, 'GetInputMute', { inputName: 'tone' })).inputMuted, false, 'tone starts unmuted');
  assert.equal((await ok(mp, 'GetStudioModeEnabled')).studioModeEnabled, false, 'studio mode is off by default');
});

test('StartStream: STARTING then STARTED on both sessions, nginx receives it, GetStreamStatus counts up', async () => {
  assert.equal((await streamStatus()).outputActive, false, '--standby: not streaming before StartStream');
  assert.deepEqual(nginx.recordings(studio.key), [], '--standby: nothing reached nginx before StartStream');
  await ok(mp, 'StartStream');
  for (const client of [mp, js]) {
    const started = await waitEvent(client.events, e => e.type === 'StreamStateChanged' && e.data.outputState === S('STARTED'), 30000);
    assert.ok(started, `no StreamStateChanged STARTED within 30 s${context(client)}`);
    assert.deepEqual(streamStates(client), [S('STARTING'), S('STARTED')], 'stream states so far');
    const flags = client.events.filter(e => e.type === 'StreamStateChanged').map(e => e.data.outputActive);
    assert.deepEqual(flags, [false, true], 'outputActive is true only once STARTED (Companion\'s "streaming" feedback)');
  }
  assert.ok(await waitFor(() => nginx.recordings(studio.key).some(f => fs.statSync(f).size > 0), 15000),
    `nginx-rtmp received nothing for the stream key${context()}`);
  const first = await streamStatus();
  assertOutputStatus(first, 'GetStreamStatus while live');
  assert.equal(first.outputActive, true);
  assert.equal(first.outputReconnecting, false);
  let later = first;
  assert.ok(await waitFor(async () => { later = await streamStatus(); return later.outputBytes > first.outputBytes && later.outputDuration > first.outputDuration; }, 10000, 250),
    `outputBytes/outputDuration do not grow: ${JSON.stringify(first)} → ${JSON.stringify(later)}`);
  // A second press of "Start streaming" must not break the running stream.
  const again = await callStatus(mp.obs, 'StartStream');
  assert.ok(!again.silent && (again.ok || again.code === 500), `a second StartStream: ${JSON.stringify(again)} (want 100 or 500 OutputRunning)`);
  assert.equal((await streamStatus()).outputActive, true, 'still streaming after a second StartStream');
  assert.deepEqual(streamStates(mp), [S('STARTING'), S('STARTED')], 'a second StartStream gave no state change');
});

test('SetCurrentProgramScene "Blue": CurrentProgramSceneChanged on both sessions, GetCurrentProgramScene follows', async () => {
  await waitOutput(2500);                           // Red on air for a while first
  await ok(mp, 'SetCurrentProgramScene', { sceneName: 'Blue' });
  marks.blue = (await streamStatus()).outputDuration;
  for (const client of [mp, js]) {
    const e = await waitEvent(client.events, x => x.type === 'CurrentProgramSceneChanged' && x.data.sceneName === 'Blue', 5000);
    assert.ok(e, `no CurrentProgramSceneChanged "Blue" within 5 s${context(client)}`);
    assert.equal(e.data.sceneUuid, sceneUuids.Blue, 'the event\'s sceneUuid is Blue\'s');
  }
  assert.equal((await ok(mp, 'GetCurrentProgramScene')).sceneName, 'Blue');
  assert.equal((await ok(js, 'GetSceneList')).currentProgramSceneName, 'Blue');
  const wrong = await callStatus(mp.obs, 'SetCurrentProgramScene', { sceneName: 'No such scene' });
  assert.ok(!wrong.silent && !wrong.ok && DOCUMENTED_CODES.has(wrong.code), `switching to a missing scene is refused with a documented code: ${JSON.stringify(wrong)}`);
  assert.equal((await ok(mp, 'GetCurrentProgramScene')).sceneName, 'Blue', 'a refused switch leaves Blue on air');
  await waitOutput(2000);
});

test('SetInputMute "tone": InputMuteStateChanged on both sessions and GetInputMute follow, mute then unmute', async () => {
  await waitOutput(1500);                           // audible before
  await ok(mp, 'SetInputMute', { inputName: 'tone', inputMuted: true });
  marks.mute = (await streamStatus()).outputDuration;
  for (const client of [mp, js]) {
    const e = await waitEvent(client.events, x => x.type === 'InputMuteStateChanged' && x.data.inputName === 'tone' && x.data.inputMuted === true, 5000);
    assert.ok(e, `no InputMuteStateChanged {tone, muted} within 5 s${context(client)}`);
  }
  assert.equal((await ok(js, 'GetInputMute', { inputName: 'tone' })).inputMuted, true);
  await waitOutput(4000);
  await ok(js, 'SetInputMute', { inputName: 'tone', inputMuted: false });
  marks.unmute = (await streamStatus()).outputDuration;
  for (const client of [mp, js]) {
    const e = await waitEvent(client.events, x => x.type === 'InputMuteStateChanged' && x.data.inputName === 'tone' && x.data.inputMuted === false, 5000);
    assert.ok(e, `no InputMuteStateChanged {tone, unmuted} within 5 s${context(client)}`);
  }
  assert.equal((await ok(mp, 'GetInputMute', { inputName: 'tone' })).inputMuted, false);
  await waitOutput(2500);                           // audible after
});

test('studio mode: the preview scene stays off air until TriggerStudioModeTransition puts it on air', async () => {
  await ok(mp, 'SetStudioModeEnabled', { studioModeEnabled: true });
  assert.ok(await waitEvent(mp.events, e => e.type === 'StudioModeStateChanged' && e.data.studioModeEnabled === true, 5000),
    `no StudioModeStateChanged true${context()}`);
  assert.equal((await ok(js, 'GetStudioModeEnabled')).studioModeEnabled, true);
  await ok(mp, 'SetCurrentPreviewScene', { sceneName: 'Green' });
  marks.preview = (await streamStatus()).outputDuration;
  assert.ok(await waitEvent(mp.events, e => e.type === 'CurrentPreviewSceneChanged' && e.data.sceneName === 'Green', 5000),
    `no CurrentPreviewSceneChanged "Green"${context()}`);
  assert.equal((await ok(mp, 'GetCurrentPreviewScene')).sceneName, 'Green');
  assert.equal((await ok(mp, 'GetCurrentProgramScene')).sceneName, 'Blue', 'the preview is not on air');
  await waitOutput(3000);                           // Green only in the preview meanwhile
  await ok(mp, 'TriggerStudioModeTransition');
  marks.trigger = (await streamStatus()).outputDuration;
  const e = await waitEvent(mp.events, x => x.type === 'CurrentProgramSceneChanged' && x.data.sceneName === 'Green', 5000);
  assert.ok(e, `no CurrentProgramSceneChanged "Green" within 5 s of the transition${context()}`);
  assert.equal((await ok(js, 'GetCurrentProgramScene')).sceneName, 'Green');
  await waitOutput(2500);
  await ok(mp, 'SetStudioModeEnabled', { studioModeEnabled: false });
  assert.ok(await waitEvent(mp.events, x => x.type === 'StudioModeStateChanged' && x.data.studioModeEnabled === false, 5000),
    `no StudioModeStateChanged false${context()}`);
  assert.equal((await ok(mp, 'GetCurrentProgramScene')).sceneName, 'Green', 'leaving studio mode keeps the programme');
});

test('StopStream: STOPPING then STOPPED on both sessions; GetStreamStatus says inactive', async () => {
  await ok(mp, 'StopStream');
  for (const client of [mp, js]) {
    assert.ok(await waitEvent(client.events, e => e.type === 'StreamStateChanged' && e.data.outputState === S('STOPPED'), 30000),
      `no StreamStateChanged STOPPED within 30 s${context(client)}`);
    assert.deepEqual(streamStates(client), [S('STARTING'), S('STARTED'), S('STOPPING'), S('STOPPED')], 'stream states in order, nothing else');
  }
  const s = await streamStatus();
  assert.equal(s.outputActive, false, `after StopStream: ${JSON.stringify(s)}`);
});

/** Where Blue starts in nginx's recording (seconds from its first frame): the anchor for the mute. */
let blueAtS = null;

test('the RTMP recording shows Red, then Blue, then Green: each switch on air when it was asked for, the preview only at the transition', async () => {
  const [flv] = nginx.recordings(studio.key);
  assert.ok(flv, 'nginx recorded the stream');
  const frames = await frameColours(flv, FPS);
  const runs = colourRuns(frames);
  const long = runs.filter(r => r.length >= 15);        // half a second or more of one colour
  const s = ms => (ms / 1000).toFixed(2);
  const table = `${frames.length} frames: ${describeRuns(runs)}\nrequests answered at (s of stream): ` +
    `Blue ${s(marks.blue)}, preview Green ${s(marks.preview)}, transition ${s(marks.trigger)}`;
  assert.deepEqual(long.map(r => r.name), ['red', 'blue', 'green'], `the colours on air, in order (runs ≥ 0.5 s)\n${table}`);
  const [red, blue, green] = long;
  assert.ok(red.length >= 45 && blue.length >= 60 && green.length >= 45, `each scene was on air for a while\n${table}`);
  const firstBlue = frames.findIndex(f => f.name === 'blue'), firstGreen = frames.findIndex(f => f.name === 'green');
  assert.ok(!frames.slice(firstBlue).some(f => f.name === 'red'), `Red came back after Blue went on air\n${table}`);
  assert.ok(!frames.slice(firstGreen).some(f => f.name === 'blue'), `Blue came back after Green went on air\n${table}`);
  assert.ok(blue.start - (red.start + red.length) <= 10 && green.start - (blue.start + blue.length) <= 10,
    `a cut shows no more than a few frames between the scenes\n${table}`);
  blueAtS = frames[firstBlue].t;
  const greenAtS = frames[firstGreen].t;
  // outputDuration counts from StartStream, the file from the first frame nginx got: 2 s either way.
  assert.ok(Math.abs(blueAtS - marks.blue / 1000) <= 2,
    `Blue is on air from ${blueAtS.toFixed(2)} s of the recording; SetCurrentProgramScene was answered at ${s(marks.blue)} s of stream\n${table}`);
  // Blue → Green in the file must match SetCurrentProgramScene → TriggerStudioModeTransition (±1 s),
  // not SetCurrentProgramScene → SetCurrentPreviewScene (3 s shorter): the preview is not on air.
  const gap = greenAtS - blueAtS, wantGap = (marks.trigger - marks.blue) / 1000, previewGap = (marks.preview - marks.blue) / 1000;
  assert.ok(gap >= wantGap - 1, `Green went on air ${gap.toFixed(2)} s after Blue, but TriggerStudioModeTransition came ` +
    `${wantGap.toFixed(2)} s after the switch to Blue (SetCurrentPreviewScene ${previewGap.toFixed(2)} s after): the preview went on air early\n${table}`);
  assert.ok(gap <= wantGap + 1, `Green went on air ${gap.toFixed(2)} s after Blue, TriggerStudioModeTransition came ${wantGap.toFixed(2)} s after: too late\n${table}`);
});

test('muting "tone" silenced the stream (mean below -60 dBFS) between clearly audible stretches', async () => {
  const [flv] = nginx.recordings(studio.key);
  const a = await audioWindows(flv);
  const quiet = longestQuietRun(a.windows, SILENT_DB, a.windowS);
  const mutedS = (marks.unmute - marks.mute) / 1000;
  // Where the mute should be in the file: anchored on Blue's first frame when found (same clock).
  const muteAtS = blueAtS !== null ? blueAtS + (marks.mute - marks.blue) / 1000 : marks.mute / 1000;
  const levels = a.windows.map(w => `${w.t.toFixed(2)}:${w.db.toFixed(0)}`).join(' ');
  const where = `muted ≈ ${muteAtS.toFixed(2)} s into the recording for ${mutedS.toFixed(2)} s; ` +
    `longest quiet stretch ${quiet.from.toFixed(2)}–${quiet.to.toFixed(2)} s\nlevels (s:dBFS per 0.25 s): ${levels}`;
  assert.ok(quiet.seconds >= Math.min(2, mutedS - 1), `no silent stretch of 2 s while "tone" was muted for ${mutedS.toFixed(1)} s: ${where}`);
  assert.ok(quiet.seconds <= mutedS + 1.5, `silent for ${quiet.seconds.toFixed(2)} s, longer than "tone" was muted: ${where}`);
  assert.ok(quiet.from >= muteAtS - 1 && quiet.from <= muteAtS + 1.5, `the silence does not start where SetInputMute was sent: ${where}`);
  const inside = await volumeDetect(flv, quiet.from + 0.25, quiet.to - 0.25);
  assert.ok(inside.meanDb < SILENT_DB, `volumedetect over the muted stretch: mean ${inside.meanDb} dB (want < ${SILENT_DB}): ${where}`);
  const before = meanDb(a.windows, quiet.from - 1.75, quiet.from - 0.25);
  const afterDb = meanDb(a.windows, quiet.to + 0.25, quiet.to + 1.75);
  assert.ok(before > AUDIBLE_DB, `the tone before the mute: mean ${before.toFixed(1)} dBFS, want > ${AUDIBLE_DB}: ${where}`);
  assert.ok(afterDb > AUDIBLE_DB, `the tone after the unmute: mean ${afterDb.toFixed(1)} dBFS, want > ${AUDIBLE_DB}: ${where}`);
  console.log(`tone: ${before.toFixed(1)} dBFS before, ${inside.meanDb} dB muted (${quiet.seconds.toFixed(2)} s), ${afterDb.toFixed(1)} dBFS after`);
});

test('StartRecord, PauseRecord 3 s, ResumeRecord, StopRecord: events in order; the file leaves the pause out without a hole', async () => {
  assert.equal((await ok(mp, 'GetRecordStatus')).outputActive, false, '--standby: not recording before StartRecord');
  assert.ok(!fs.existsSync(studio.recordPath) || fs.statSync(studio.recordPath).size === 0, '--standby: no recording before StartRecord');
  assert.equal((await streamStatus()).outputActive, false, 'recording alone (the pause is cut on keyframes of its own)');
  await ok(js, 'StartRecord');
  assert.ok(await waitEvent(mp.events, e => e.type === 'RecordStateChanged' && e.data.outputState === S('STARTED'), 30000),
    `no RecordStateChanged STARTED within 30 s${context()}`);
  const startedAt = Date.now();
  let status = await ok(mp, 'GetRecordStatus');
  assert.equal(status.outputActive, true, `GetRecordStatus while recording: ${JSON.stringify(status)}`);
  assert.equal(status.outputPaused, false);
  assert.match(status.outputTimecode ?? '', TIMECODE_RE);
  assert.ok(isUInt(status.outputDuration) && isUInt(status.outputBytes), `integers: ${JSON.stringify(status)}`);
  assert.ok(await waitFor(async () => { status = await ok(mp, 'GetRecordStatus'); return status.outputDuration >= 3000; }, 30000, 250),
    `the recording did not reach 3 s: ${JSON.stringify(status)}`);

  // Pause for 3 s: the state, the events, the status and the refusals a client relies on.
  await ok(mp, 'PauseRecord');
  const pausedAt = Date.now();
  assert.ok(await waitEvent(mp.events, e => e.type === 'RecordStateChanged' && e.data.outputState === S('PAUSED'), 5000),
    `no RecordStateChanged PAUSED${context()}`);
  const paused = await ok(mp, 'GetRecordStatus');
  assert.equal(paused.outputPaused, true, `GetRecordStatus while paused: ${JSON.stringify(paused)}`);
  assert.equal(paused.outputActive, true, 'a paused recording is still active');
  const twice = await callStatus(mp.obs, 'PauseRecord');
  assert.equal(twice.code, 502, `a second PauseRecord: OutputPaused (502): ${JSON.stringify(twice)}`);
  await new Promise(resolve => setTimeout(resolve, 3000));
  const stillPaused = await ok(mp, 'GetRecordStatus');
  assert.ok(stillPaused.outputDuration <= paused.outputDuration + 250,
    `the duration stands still while paused: ${paused.outputDuration} then ${stillPaused.outputDuration} ms`);
  await ok(js, 'ResumeRecord');
  const resumedAt = Date.now();
  assert.ok(await waitEvent(mp.events, e => e.type === 'RecordStateChanged' && e.data.outputState === S('RESUMED'), 5000),
    `no RecordStateChanged RESUMED${context()}`);
  const notPaused = await callStatus(mp.obs, 'ResumeRecord');
  assert.equal(notPaused.code, 503, `ResumeRecord when not paused: OutputNotPaused (503): ${JSON.stringify(notPaused)}`);
  const resumed = await ok(mp, 'GetRecordStatus');
  assert.ok(await waitFor(async () => (await ok(mp, 'GetRecordStatus')).outputDuration >= resumed.outputDuration + 3000, 30000, 250),
    'the recording did not go on for 3 s after ResumeRecord');
  // ToggleRecordPause answers outputPaused (obs-cmd reads it), there and back.
  const toggledAt = Date.now();
  const toggled = await ok(mp, 'ToggleRecordPause');
  assert.equal(toggled.outputPaused, true, `ToggleRecordPause: ${JSON.stringify(toggled)}`);
  assert.equal((await ok(mp, 'ToggleRecordPause')).outputPaused, false, 'a second ToggleRecordPause resumes');
  const toggledMs = Date.now() - toggledAt;

  const stoppingAt = Date.now();
  const stopped = await ok(mp, 'StopRecord');
  assert.equal(typeof stopped.outputPath, 'string', `StopRecord returns outputPath: ${JSON.stringify(stopped)}`);
  assert.equal(path.resolve(stopped.outputPath), path.resolve(studio.recordPath), 'StopRecord names the --record file');
  assert.ok(await waitEvent(mp.events, e => e.type === 'RecordStateChanged' && e.data.outputState === S('STOPPED'), 30000),
    `no RecordStateChanged STOPPED within 30 s${context()}`);
  assert.deepEqual(recordStates(mp), [S('STARTING'), S('STARTED'), S('PAUSED'), S('RESUMED'), S('PAUSED'), S('RESUMED'),
    S('STOPPING'), S('STOPPED')], 'record states in order');
  for (const e of mp.events.filter(x => x.type === 'RecordStateChanged' && typeof x.data.outputPath === 'string' && x.data.outputPath)) {
    assert.equal(path.resolve(e.data.outputPath), path.resolve(studio.recordPath), `RecordStateChanged ${e.data.outputState} outputPath`);
  }
  assert.equal((await ok(mp, 'GetRecordStatus')).outputActive, false, 'not recording after StopRecord');

  // The file: H.264 + AAC, as long as the time not paused, no hole at the seams, decodes cleanly.
  assert.ok(fs.existsSync(studio.recordPath) && fs.statSync(studio.recordPath).size > 10000, `${studio.recordPath} was written`);
  const p = await probeStreams(studio.recordPath);
  assert.equal(p.video?.codec_name, 'h264', `video stream of the recording: ${JSON.stringify(p.video)}`);
  assert.equal(p.audio?.codec_name, 'aac', `audio stream of the recording: ${JSON.stringify(p.audio)}`);
  const pausedS = (resumedAt - pausedAt + toggledMs) / 1000;
  const expectedS = (stoppingAt - startedAt) / 1000 - pausedS;
  const packets = await probePackets(studio.recordPath);
  const videoS = packets.video.length / FPS;
  const where = `${packets.video.length} frames (${videoS.toFixed(2)} s), expected ${expectedS.toFixed(2)} s: ` +
    `${((stoppingAt - startedAt) / 1000).toFixed(2)} s recording, ${pausedS.toFixed(2)} s paused`;
  // The bounds are the control messages' round trips and the STARTED event's lateness, both one way.
  assert.ok(videoS > expectedS - 1.0 && videoS < expectedS + 0.5, `the file holds the time not paused: ${where}`);
  // A 3 s pause that leaked into the timestamps would be a 3 s hole; a frame the loaded machine
  // could not render or encode is a one-frame step (counted as lost, not the pause's doing).
  // tests/encoder/tst_recordingpause checks the seam to the frame on a deterministic encode.
  const video = largestStep(packets.video);
  assert.ok(video.largest < 0.25, `no hole between frames: a ${video.largest.toFixed(3)} s step at ${video.at.toFixed(3)} s`);
  const audio = largestStep(packets.audio.slice(1), { fromEnd: true });
  assert.ok(audio.largest < 0.1, `no hole in the sound: a ${audio.largest.toFixed(3)} s gap at ${audio.at.toFixed(3)} s`);
  const videoStep = video.largest, audioGap = audio.largest;
  const lastVideo = packets.video.at(-1).pts + 1 / FPS;
  const lastAudio = packets.audio.at(-1).pts + packets.audio.at(-1).duration;
  assert.ok(Math.abs(lastAudio - lastVideo) < 0.15, `sound (${lastAudio.toFixed(3)} s) and picture (${lastVideo.toFixed(3)} s) end together`);
  assert.equal(await decodeErrors(studio.recordPath), '', 'ffmpeg decodes the paused recording without an error');
  console.log(`paused recording: ${where}; largest step ${(videoStep * 1000).toFixed(1)} ms at ${video.at.toFixed(3)} s, audio gap ${(audioGap * 1000).toFixed(1)} ms at ${audio.at.toFixed(3)} s; seams at ${((pausedAt - startedAt) / 1000).toFixed(2)} s and ${((toggledAt - startedAt) / 1000 - (resumedAt - pausedAt) / 1000).toFixed(2)} s`);
});

test('a wrong password: obs-websocket-js gets close 4009 "Authentication failed." (MessagePack and JSON)', async () => {
  for (const Client of [OBSWebSocket, OBSWebSocketJson]) {
    const t0 = Date.now();
    const err = await connectObs(Client, studio.port, `${studio.password}x`).then(() => null, e => e);
    assert.ok(err, `${Client === OBSWebSocket ? 'msgpack' : 'json'}: a wrong password was accepted`);
    assert.equal(err.code, 4009, `close code: ${err.code} "${err.message}"`);
    assert.equal(err.message, REASON.authFailed, 'the close reason Companion shows as "authentication failure"');
    assert.ok(Date.now() - t0 < 15000, `the refusal took ${Date.now() - t0} ms`);
  }
});

test('no password: obs-websocket-js gets close 4009 with obs-websocket\'s "missing an `authentication` string" reason', async () => {
  const err = await connectObs(OBSWebSocket, studio.port, undefined).then(() => null, e => e);
  assert.ok(err, 'connecting without a password was accepted');
  assert.equal(err.code, 4009, `close code: ${err.code} "${err.message}"`);
  assert.equal(err.message, REASON.authMissing, 'the exact reason (Companion shows "Missing password")');
});

test('the stream key is never revealed: not in GetStreamServiceSettings, any message, the logs, --stats or the studio\'s files', async () => {
  for (const client of [mp, js]) {
    const s = await ok(client, 'GetStreamServiceSettings');
    assert.equal(typeof s.streamServiceType, 'string', `streamServiceType: ${JSON.stringify(s)}`);
    assert.ok(s.streamServiceSettings && typeof s.streamServiceSettings === 'object', `streamServiceSettings: ${JSON.stringify(s)}`);
    const key = s.streamServiceSettings.key;
    assert.ok(key === undefined || key === '', `streamServiceSettings.key is ${JSON.stringify(key)}: absent or empty, never the key or a mask`);
    assert.ok(!JSON.stringify(s).includes(studio.key), 'the key is in GetStreamServiceSettings');
  }
  for (const client of [mp, js]) await client.obs.disconnect();
  const exit = await studio.stop();
  assert.deepEqual(exit, { code: 0, signal: null }, `a clean stop on SIGTERM:\n${studio.tail()}`);
  const inFrames = [['MessagePack', mp], ['JSON', js]].filter(([, c]) => c.frames.some(b => b.includes(studio.key)));
  assert.deepEqual(inFrames.map(([n]) => n), [], 'sessions that received a message containing the stream key');
  assert.ok(mp.frames.length > 20 && js.frames.length > 20, `the frames were tapped (${mp.frames.length}, ${js.frames.length})`);
  assert.deepEqual(whereSecretAppears(studio, studio.key), [], 'places where the stream key appears');
});
