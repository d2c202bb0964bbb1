// SPDX-License-Identifier: GPL-2.0-or-later
// Bitfocus Companion's OBS module connecting, replayed request for request with the library it
// bundles (obs-websocket-js 5.0.7 over MessagePack, eventSubscriptions 985087): the connect
// sequence of companion-module-obs-studio's index.js (reference: obs-websocket.md §1.2), its
// batches (one per input, one per scene, even empty) and two rounds of its 1-second poll.
// obs-websocket-js has no request timeout, so one unanswered request would leave Companion
// "connecting" forever: every request must be answered within 2 s. GetVersion and
// GetStudioModeEnabled must succeed (otherwise Companion reconnects every 5 s), and every
// success must carry the arrays the module iterates (a missing one throws inside Companion).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import OBSWebSocket from 'obs-websocket-js';
import { startNginxRtmp } from '../relay-e2e/lib/nginx.mjs';
import { waitFor } from '../relay-e2e/lib/ports.mjs';
import { startRemoteStudio, connectObs, DOCUMENTED_CODES, COMPANION_SUBSCRIPTIONS, SCENES } from './lib/remote.mjs';

const ANSWER_MS = 2000;
let nginx, studio, session;
/** Every request of the replay: {requestType, requestData, ok, code, comment, data, ms, silent, step}. */
const log = [];
/** Every batch: {step, requests, results, ms, silent}. */
const batches = [];

before(async () => {
  nginx = await startNginxRtmp();
  studio = await startRemoteStudio({ nginxUrl: nginx.url });
});

after(async () => {
  await session?.obs.disconnect().catch(() => {});
  const exit = await studio?.stop();
  await nginx?.stop();
  if (exit && exit.code !== 0) console.log(`studio exit ${JSON.stringify(exit)}\n${studio.tail()}`);
  studio?.cleanup();
  if (nginx && !process.env.VIDA3_KEEP_TEST_FILES) fs.rmSync(nginx.dir, { recursive: true, force: true });
});

/** obs.call() as Companion's sendRequest() sees it, with the 2 s Companion never had. */
async function send(step, requestType, requestData) {
  const t0 = Date.now();
  let timer;
  const silence = new Promise(resolve => { timer = setTimeout(() => resolve({ silent: true }), ANSWER_MS); });
  const answer = session.obs.call(requestType, requestData).then(data => ({ ok: true, code: 100, data: data ?? {} }),
    e => ({ ok: false, code: e.code, comment: e.message }));
  const r = { step, requestType, requestData, ...await Promise.race([answer, silence]), ms: Date.now() - t0 };
  clearTimeout(timer);
  log.push(r);
  return r;
}

async function sendBatch(step, requests) {
  const t0 = Date.now();
  let timer;
  const silence = new Promise(resolve => { timer = setTimeout(() => resolve(null), ANSWER_MS); });
  const results = await Promise.race([session.obs.callBatch(requests), silence]);
  clearTimeout(timer);
  const b = { step, requests, results, ms: Date.now() - t0, silent: results === null };
  batches.push(b);
  return b;
}

/** The batch Companion sends for an audio input (requestId = its name, the same for all six). */
const audioBatch = name => ['GetInputMute', 'GetInputVolume', 'GetInputAudioBalance', 'GetInputAudioSyncOffset',
  'GetInputAudioMonitorType', 'GetInputAudioTracks'].map(requestType => ({ requestType, requestId: name, requestData: { inputName: name } }));

async function audioSource(step, name) {
  const tracks = await send(step, 'GetInputAudioTracks', { inputName: name });
  if (tracks.ok) await sendBatch(`${step} audio batch`, audioBatch(name));  // a failure means "not an audio source"
}

async function pollOnce(outputs) {
  await Promise.all([
    send('poll', 'GetStats'),
    send('poll', 'GetStreamStatus'), send('poll', 'GetStreamServiceSettings'),
    send('poll', 'GetRecordStatus'), send('poll', 'GetRecordDirectory'),
    ...outputs.map(o => send('poll', 'GetOutputStatus', { outputName: o.outputName })),
  ]);
}

test('Companion connects: msgpack, password, eventSubscriptions 985087, Hello with obsWebSocketVersion', async () => {
  session = await connectObs(OBSWebSocket, studio.port, studio.password, { eventSubscriptions: COMPANION_SUBSCRIPTIONS, rpcVersion: 1 });
  assert.ok(session.hello.obsWebSocketVersion, `Companion shows "connected" only when Hello has obsWebSocketVersion: ${JSON.stringify(session.hello)}`);
  assert.equal(session.hello.negotiatedRpcVersion, 1);
});

test('the connect sequence of companion-module-obs-studio runs to the end', async () => {
  assert.ok(session, 'connected');
  // 1–2: the gates (awaited; a failure → "could not get OBS info" and a reconnect every 5 s).
  await send('1', 'GetVersion');
  await send('2', 'GetStudioModeEnabled');
  // 3–8, each awaited; GetOutputStatus per output and GetInputDefaultSettings per kind are not.
  await send('3', 'GetHotkeyList');
  const outputList = await send('4', 'GetOutputList');
  const outputs = outputList.ok && Array.isArray(outputList.data.outputs) ? outputList.data.outputs : [];
  const pending = outputs.map(o => send('4 per output', 'GetOutputStatus', { outputName: o.outputName }));
  await send('5', 'GetMonitorList');
  await send('6', 'GetVideoSettings');
  await send('7', 'GetReplayBufferStatus');
  const kinds = await send('8', 'GetInputKindList');
  if (kinds.ok && Array.isArray(kinds.data.inputKinds)) {
    await Promise.all(kinds.data.inputKinds.map(inputKind => send('8 per kind', 'GetInputDefaultSettings', { inputKind })));
  }
  // 10: fired without waiting.
  pending.push(send('10', 'GetStats'), send('10', 'GetRecordStatus'), send('10', 'GetRecordDirectory'),
    send('10', 'GetStreamStatus'), send('10', 'GetStreamServiceSettings'));
  // 12–14.
  await send('12', 'GetProfileList');
  await send('13', 'GetSceneCollectionList');
  await Promise.all([send('14', 'GetSceneTransitionList'), send('14', 'GetCurrentSceneTransition')]);
  // 15: the special inputs, each probed for audio, then its batch.
  const special = await send('15', 'GetSpecialInputs');
  if (special.ok) {
    for (const name of Object.values(special.data).filter(v => typeof v === 'string' && v)) await audioSource('15', name);
  }
  // 16: scenes, their items (audio probe and batch per input), one batch per scene even when empty, the scene's filters.
  const sceneList = await send('16', 'GetSceneList');
  const scenes = sceneList.ok && Array.isArray(sceneList.data.scenes) ? sceneList.data.scenes : [];
  await Promise.all(scenes.map(async scene => {
    const items = await send('16 per scene', 'GetSceneItemList', { sceneName: scene.sceneName });
    if (!items.ok) return;                          // Companion then skips the scene's batch
    const list = Array.isArray(items.data.sceneItems) ? items.data.sceneItems : [];
    for (const item of list) {
      if (item.isGroup) await send('16 per item', 'GetGroupSceneItemList', { sceneName: item.sourceName });
      await audioSource('16 per item', item.sourceName);
    }
    await sendBatch('16 per scene batch', list.flatMap(item => [
      { requestType: 'GetSourceActive', requestId: item.sourceName, requestData: { sourceName: item.sourceName } },
      { requestType: 'GetSourceFilterList', requestId: item.sourceName, requestData: { sourceName: item.sourceName } },
      ...(item.inputKind ? [{ requestType: 'GetInputSettings', requestId: item.sourceName, requestData: { inputName: item.sourceName } }] : []),
    ]));
    await send('16 per scene', 'GetSourceFilterList', { sourceName: scene.sceneName });
  }));
  // What a scene with no items sends, whatever the collection holds.
  await sendBatch('empty batch', []);
  await Promise.all(pending);
  // Two rounds of the 1-second poll.
  await pollOnce(outputs);
  await pollOnce(outputs);
  assert.ok(log.length >= 25, `only ${log.length} requests were made: ${JSON.stringify(log.map(r => r.requestType))}`);
  assert.equal(session.closes.length, 0, `the server closed Companion's session: ${JSON.stringify(session.closes)}`);
});

const table = entries => entries.map(r => `  [${r.step}] ${r.requestType} ${JSON.stringify(r.requestData ?? {})}: ` +
  `${r.silent ? 'NO ANSWER' : `${r.code}${r.comment ? ` "${r.comment}"` : ''}`} in ${r.ms} ms`).join('\n');

test('every request and every batch was answered within 2 s (Companion has no timeout: silence hangs it)', () => {
  const silent = log.filter(r => r.silent);
  assert.deepEqual(silent.map(r => r.requestType), [], `requests left unanswered:\n${table(silent)}`);
  const silentBatches = batches.filter(b => b.silent);
  assert.deepEqual(silentBatches.map(b => b.step), [], `batches left unanswered: ${JSON.stringify(silentBatches.map(b => b.requests))}`);
  const undocumented = log.filter(r => !r.silent && !DOCUMENTED_CODES.has(r.code));
  assert.deepEqual(undocumented.map(r => `${r.requestType}: ${r.code}`), [], 'status codes outside obs-websocket\'s list (obws drops such a response)');
  console.log(`${log.length} requests, ${batches.length} batches; slowest ${Math.max(...log.map(r => r.ms))} ms\n${table(log)}`);
});

test('the gates succeed: GetVersion (with supportedImageFormats) and GetStudioModeEnabled', () => {
  const [version] = log.filter(r => r.requestType === 'GetVersion');
  assert.ok(version?.ok, `GetVersion: ${JSON.stringify(version)}`);
  assert.equal(typeof version.data.obsVersion, 'string');
  assert.equal(typeof version.data.obsWebSocketVersion, 'string');
  assert.ok(Array.isArray(version.data.supportedImageFormats), `supportedImageFormats must be an array: ${JSON.stringify(version.data)}`);
  const [studioMode] = log.filter(r => r.requestType === 'GetStudioModeEnabled');
  assert.ok(studioMode?.ok, `GetStudioModeEnabled: ${JSON.stringify(studioMode)}`);
  assert.equal(typeof studioMode.data.studioModeEnabled, 'boolean');
});

/** Successful answers must carry what Companion iterates: request → [field, check of each element]. */
const ARRAYS = {
  GetVersion: ['supportedImageFormats', x => typeof x === 'string'],
  GetHotkeyList: ['hotkeys', x => typeof x === 'string'],
  GetOutputList: ['outputs', x => typeof x?.outputName === 'string' && typeof x?.outputKind === 'string'],
  GetMonitorList: ['monitors', x => typeof x?.monitorName === 'string' && Number.isInteger(x?.monitorIndex)],
  GetInputKindList: ['inputKinds', x => typeof x === 'string'],
  GetProfileList: ['profiles', x => typeof x === 'string'],
  GetSceneCollectionList: ['sceneCollections', x => typeof x === 'string'],
  GetSceneTransitionList: ['transitions', x => typeof x?.transitionName === 'string'],
  GetSceneList: ['scenes', x => typeof x?.sceneName === 'string'],
  GetSceneItemList: ['sceneItems', x => typeof x?.sourceName === 'string' && Number.isInteger(x?.sceneItemId) && typeof x?.sceneItemEnabled === 'boolean'],
  GetGroupSceneItemList: ['sceneItems', x => typeof x?.sourceName === 'string'],
  GetSourceFilterList: ['filters', x => typeof x?.filterName === 'string'],
};

test('every success carries the arrays Companion iterates (supportedImageFormats, hotkeys, outputs, scenes, sceneItems, transitions, profiles, sceneCollections, …)', () => {
  const problems = [];
  for (const r of log.filter(x => x.ok && ARRAYS[x.requestType])) {
    const [field, each] = ARRAYS[r.requestType];
    const value = r.data[field];
    if (!Array.isArray(value)) problems.push(`${r.requestType}: "${field}" is ${JSON.stringify(value)}, not an array`);
    else if (!value.every(each)) problems.push(`${r.requestType}: an element of "${field}" lacks what Companion reads: ${JSON.stringify(value)}`);
  }
  for (const r of log.filter(x => x.ok)) {
    if (r.requestType === 'GetProfileList' && typeof r.data.currentProfileName !== 'string') problems.push('GetProfileList: no currentProfileName');
    if (r.requestType === 'GetSceneCollectionList' && typeof r.data.currentSceneCollectionName !== 'string') problems.push('GetSceneCollectionList: no currentSceneCollectionName');
    if (r.requestType === 'GetVideoSettings') {
      for (const f of ['baseWidth', 'baseHeight', 'outputWidth', 'outputHeight', 'fpsNumerator', 'fpsDenominator']) {
        if (!Number.isInteger(r.data[f])) problems.push(`GetVideoSettings: ${f} is ${JSON.stringify(r.data[f])}`);
      }
    }
    if (r.requestType === 'GetSpecialInputs') {
      for (const f of ['desktop1', 'desktop2', 'mic1', 'mic2', 'mic3', 'mic4']) {
        if (!(f in r.data) || !(r.data[f] === null || typeof r.data[f] === 'string')) problems.push(`GetSpecialInputs: ${f} is ${JSON.stringify(r.data[f])} (string or null)`);
      }
    }
    if (['GetReplayBufferStatus', 'GetStreamStatus', 'GetRecordStatus', 'GetOutputStatus'].includes(r.requestType) && typeof r.data.outputActive !== 'boolean') {
      problems.push(`${r.requestType}: outputActive is ${JSON.stringify(r.data.outputActive)}`);
    }
    if (r.requestType === 'GetStreamServiceSettings' && ![undefined, ''].includes(r.data.streamServiceSettings?.key)) {
      problems.push(`GetStreamServiceSettings: streamServiceSettings.key is ${JSON.stringify(r.data.streamServiceSettings.key)}`);
    }
  }
  assert.deepEqual(problems, [], 'malformed successes (each throws inside Companion and drops it into its reconnect loop)');
});

test('GetSceneList succeeds: Companion offers Red, Blue and Green, scene_1 = Red, Red on air', () => {
  const [list] = log.filter(r => r.requestType === 'GetSceneList');
  assert.ok(list?.ok, `GetSceneList failed, Companion would offer no scene buttons: ${JSON.stringify(list)}`);
  assert.deepEqual(list.data.scenes.map(s => s.sceneName).sort(), SCENES.map(s => s.name).sort());
  assert.equal(list.data.scenes.at(-1).sceneName, 'Red', 'Companion\'s scene_1 is the last element: the first scene of the panel');
  assert.equal(list.data.currentProgramSceneName, 'Red');
});

test('batches answer in order, one result per request with its requestType and requestId; the empty batch gives []', () => {
  const problems = [];
  for (const b of batches.filter(x => !x.silent)) {
    if (!Array.isArray(b.results) || b.results.length !== b.requests.length) {
      problems.push(`[${b.step}] ${b.requests.length} requests → ${JSON.stringify(b.results)}`);
      continue;
    }
    b.results.forEach((res, i) => {
      const req = b.requests[i];
      if (res.requestType !== req.requestType || res.requestId !== req.requestId || typeof res.requestStatus?.result !== 'boolean'
          || !DOCUMENTED_CODES.has(res.requestStatus?.code)) {
        problems.push(`[${b.step}] result ${i} for ${req.requestType} "${req.requestId}": ${JSON.stringify(res)}`);
      }
    });
  }
  assert.deepEqual(problems, [], 'batch results that do not match their requests');
  const empty = batches.find(b => b.step === 'empty batch');
  assert.deepEqual(empty?.results, [], `the empty batch: ${JSON.stringify(empty)}`);
  const audio = batches.filter(b => b.step.includes('audio batch'));
  console.log(`batches: ${batches.map(b => `[${b.step}] ${b.requests.length} → ${b.results?.length ?? 'none'}`).join(', ')}; audio sources: ${audio.length}`);
});

test('Companion\'s reconnect (disconnect, connect again) works and GetVersion answers at once', async () => {
  await session.obs.disconnect();
  session = await connectObs(OBSWebSocket, studio.port, studio.password, { eventSubscriptions: COMPANION_SUBSCRIPTIONS, rpcVersion: 1 },
    ['ExitStarted']);
  const v = await send('reconnect', 'GetVersion');
  assert.ok(v.ok, `GetVersion after reconnecting: ${JSON.stringify(v)}`);
  assert.ok(v.ms < ANSWER_MS, `GetVersion took ${v.ms} ms`);
});

test('when the studio stops (SIGTERM), Companion hears ExitStarted and its session closes with 1001', async () => {
  const exit = await studio.stop();
  assert.deepEqual(exit, { code: 0, signal: null }, `a clean stop on SIGTERM:\n${studio.tail()}`);
  assert.ok(await waitFor(() => session.closes.length > 0, 5000), 'the session was not closed when the studio stopped');
  assert.ok(session.events.some(e => e.type === 'ExitStarted'), `no ExitStarted before the close: ${JSON.stringify(session.closes)}`);
  assert.equal(session.closes[0].code, 1001, `close: ${JSON.stringify(session.closes)}`);
});
