// The stand-in LMS: hosts scorm-again's real API (window.Scorm12API / window.Scorm2004API from
// /vendor/scorm-again.js), records every call, enforces what strict LMSs enforce, injects faults, keeps the
// learner's CMI in localStorage so that a relaunch resumes, and shows all of it in an accessible panel.
//
// Query string (all optional):
//   standard=1.2|2004   (default 2004)       strict=1            reject what strict LMSs reject
//   depth=N             frames between this page and the course (default 1: a direct iframe)
//   popup=1             open the course with window.open; it finds opener.API
//   launch=/content/index.html               the course launch page (same origin)
//   reset=1             discard the stored attempt before launching
//   mastery=80          pass mark: 1.2 cmi.student_data.mastery_score, 2004 cmi.scaled_passing_score = 0.8
//   suspendLimit=N      strict limit for suspend_data (default 4096 in 1.2, 64000 in 2004; 4000 for 2nd-edition LMSs)
//   apiDelay=ms         install the API only after this delay          noapi=1    never install it
//   commit=false|throw  Commit fails (returns "false") or throws        initialize=fail   Initialize fails
//   autolaunch=0        do not launch on load                          key=...    localStorage key
//
// window.lms is the programmatic surface used by the Playwright tests (and handy in the console).

const STORAGE_VERSION = 1;
const params = new URLSearchParams(location.search);
const flag = (name) => ['1', 'true', 'yes', 'on'].includes((params.get(name) ?? '').toLowerCase());
const int = (name, fallback) => {
  const n = Number.parseInt(params.get(name) ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
};

const standard = params.get('standard') === '1.2' ? '1.2' : '2004';
const launchParam = params.get('launch') ?? '/content/index.html';
const settings = {
  standard,
  strict: flag('strict'),
  depth: Math.min(10, Math.max(1, int('depth', 1))),
  popup: flag('popup'),
  launch: sameOriginPath(launchParam),
  reset: flag('reset'),
  autolaunch: params.get('autolaunch') !== '0',
  apiDelay: Math.max(0, int('apiDelay', 0)),
  noApi: flag('noapi'),
  mastery: clampNumber(Number(params.get('mastery') ?? '80'), 0, 100, 80),
  suspendLimit: Math.max(0, int('suspendLimit', standard === '1.2' ? 4096 : 64000)),
  learnerId: params.get('learnerId') ?? 'preview-learner',
  learnerName: params.get('learnerName') ?? 'Preview, Learner',
};
settings.key = params.get('key') ?? `levelwise-lms:${standard}:${settings.launch}`;
const faults = {
  commit: ['false', 'throw'].includes(params.get('commit') ?? '') ? params.get('commit') : 'ok',
  initialize: params.get('initialize') === 'fail' ? 'fail' : 'ok',
};

const NAMES =
  standard === '1.2'
    ? {
        api: 'API',
        init: 'LMSInitialize',
        finish: 'LMSFinish',
        get: 'LMSGetValue',
        set: 'LMSSetValue',
        commit: 'LMSCommit',
        err: 'LMSGetLastError',
        str: 'LMSGetErrorString',
        diag: 'LMSGetDiagnostic',
      }
    : {
        api: 'API_1484_11',
        init: 'Initialize',
        finish: 'Terminate',
        get: 'GetValue',
        set: 'SetValue',
        commit: 'Commit',
        err: 'GetLastError',
        str: 'GetErrorString',
        diag: 'GetDiagnostic',
      };
const ERROR_QUERIES = new Set([NAMES.err, NAMES.str, NAMES.diag]);

function sameOriginPath(value) {
  try {
    const url = new URL(value, location.href);
    if (url.origin !== location.origin) throw new Error('cross-origin');
    return url.pathname + url.search + url.hash;
  } catch {
    return '/content/index.html';
  }
}

function clampNumber(n, min, max, fallback) {
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

// ---------------------------------------------------------------- storage (the LMS's database)

function readRecord() {
  try {
    const raw = localStorage.getItem(settings.key);
    if (!raw) return null;
    const record = JSON.parse(raw);
    return record && record.version === STORAGE_VERSION && record.standard === standard ? record : null;
  } catch {
    return null;
  }
}

function writeRecord(record) {
  localStorage.setItem(settings.key, JSON.stringify(record));
}

/** Drops empty strings and empty objects: scorm-again's loadFromJSON type-checks every value it is given. */
function prune(value) {
  if (value === null || typeof value !== 'object') return value === '' ? undefined : value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('_')) continue;
    const p = prune(v);
    if (p !== undefined && !(typeof p === 'object' && Object.keys(p).length === 0)) out[k] = p;
  }
  return out;
}

/** What the LMS hands the SCO at launch: learner, pass mark, and on a resume the stored state. */
function seedFor(record) {
  const prev = record?.cmi;
  if (standard === '1.2') {
    const resume = prev?.core?.exit === 'suspend';
    const seed = {
      core: {
        student_id: settings.learnerId,
        student_name: settings.learnerName,
        credit: 'credit',
        lesson_mode: 'normal',
        entry: resume ? 'resume' : 'ab-initio',
      },
      student_data: { mastery_score: String(settings.mastery) },
    };
    if (resume) {
      Object.assign(seed.core, {
        lesson_location: prev.core.lesson_location,
        lesson_status: prev.core.lesson_status,
        score: prev.core.score,
        total_time: prev.core.total_time,
      });
      seed.suspend_data = prev.suspend_data;
    }
    return { resume, seed: prune(seed) };
  }
  const resume = prev?.exit === 'suspend';
  const seed = {
    learner_id: settings.learnerId,
    learner_name: settings.learnerName,
    credit: 'credit',
    mode: 'normal',
    entry: resume ? 'resume' : 'ab-initio',
    scaled_passing_score: String(settings.mastery / 100),
  };
  if (resume) {
    Object.assign(seed, {
      location: prev.location,
      suspend_data: prev.suspend_data,
      completion_status: prev.completion_status,
      success_status: prev.success_status,
      progress_measure: prev.progress_measure,
      score: prev.score,
      total_time: prev.total_time,
      interactions: prev.interactions,
    });
  }
  return { resume, seed: prune(seed) };
}

// ---------------------------------------------------------------- strict rules

const DECIMAL = /^-?\d+(\.\d+)?$/;
const ID_12 = /^[A-Za-z0-9_-]{1,255}$/;
const CHAR_12 = /^[0-9a-z]$/;

function responseProblem12(type, value) {
  const list = value.replace(/^\{(.*)\}$/, '$1');
  switch (type) {
    case 'true-false':
      return /^[01tf]$/.test(value) ? null : 'a true-false response is one of 0, 1, t, f';
    case 'choice':
    case 'sequencing':
      return list === '' || list.split(',').every((c) => CHAR_12.test(c))
        ? null
        : `a ${type} response is single characters 0-9 or a-z separated by commas (for example "a,c")`;
    case 'likert':
      return value === '' || CHAR_12.test(value) ? null : 'a likert response is one character 0-9 or a-z';
    case 'matching':
      return list.split(',').every((p) => /^[0-9a-z]\.[0-9a-z]$/.test(p))
        ? null
        : 'a matching response is pairs like "1.a,2.b" (single characters)';
    case 'numeric':
      return DECIMAL.test(value) ? null : 'a numeric response is a decimal number';
    case 'fill-in':
    case 'performance':
      return value.length <= 255 ? null : `at most 255 characters, got ${value.length}`;
    default:
      return null;
  }
}

const SHORT_ID_2004 = /^[^\s[\]]{1,250}$/;

function responseProblem2004(type, value, isPattern) {
  const items = value === '' ? [] : value.split('[,]');
  switch (type) {
    case 'true-false':
      return value === 'true' || value === 'false' ? null : 'a true-false response is "true" or "false"';
    case 'choice':
    case 'sequencing':
      if (items.some((i) => !SHORT_ID_2004.test(i)))
        return `${type} responses are identifiers without spaces or brackets joined by [,] (for example "a[,]b")`;
      if (type === 'choice' && new Set(items).size !== items.length)
        return 'choice responses must not repeat';
      return type === 'sequencing' && items.length === 0 ? 'a sequencing response cannot be empty' : null;
    case 'matching':
      return items.length > 0 && items.every((p) => /^[^\s[\]]+\[\.\][^\s[\]]+$/.test(p))
        ? null
        : 'matching responses are pairs like "1[.]a[,]2[.]b"';
    case 'likert':
      return SHORT_ID_2004.test(value) ? null : 'a likert response is one identifier';
    case 'numeric':
      return isPattern
        ? /^(-?\d+(\.\d+)?)?\[:\](-?\d+(\.\d+)?)?$/.test(value)
          ? null
          : 'a numeric pattern is "min[:]max"'
        : DECIMAL.test(value)
          ? null
          : 'a numeric response is a decimal number';
    default:
      return null;
  }
}

/** What a strict LMS would reject that scorm-again accepts. Returns { code, reason } or null. */
function strictProblem(session, method, args) {
  if (ERROR_QUERIES.has(method)) return null;
  if (session.finished && method !== NAMES.init) {
    return standard === '1.2'
      ? { code: '301', reason: `${method} after LMSFinish: the session is over` }
      : {
          code:
            method === NAMES.get
              ? '123'
              : method === NAMES.set
                ? '133'
                : method === NAMES.commit
                  ? '143'
                  : '113',
          reason: `${method} after Terminate`,
        };
  }
  if (method !== NAMES.set) return null;
  const [element, rawValue] = args;
  const value = String(rawValue ?? '');
  const badType = standard === '1.2' ? '405' : '406';
  if (typeof rawValue !== 'string') {
    return {
      code: badType,
      reason: `${element}: the value must be passed as a string, got ${typeof rawValue}`,
    };
  }
  if (element === 'cmi.suspend_data' && value.length > settings.suspendLimit) {
    return {
      code: badType,
      reason: `cmi.suspend_data is ${value.length} characters; this LMS stores at most ${settings.suspendLimit}`,
    };
  }
  const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(String(element));
  if (!m) return null;
  const n = Number(m[1]);
  const field = m[2];
  const type = session.interactionTypes.get(n);
  if (field !== 'id' && !session.interactionIds.has(n)) {
    return {
      code: standard === '1.2' ? '201' : '408',
      reason: `cmi.interactions.${n}.${field} before cmi.interactions.${n}.id: write the id first`,
    };
  }
  if (standard === '1.2') {
    if (field === 'id' && !ID_12.test(value))
      return {
        code: '405',
        reason: `interaction id "${value}": letters, digits, "-" and "_" only (no spaces or dots), at most 255`,
      };
    if (field === 'result' && !/^(correct|wrong|unanticipated|neutral|-?\d+(\.\d+)?)$/.test(value))
      return {
        code: '405',
        reason: `interaction result "${value}": correct, wrong, unanticipated, neutral or a number`,
      };
    if (field === 'student_response' || /^correct_responses\.\d+\.pattern$/.test(field)) {
      if (!type)
        return {
          code: '405',
          reason: `cmi.interactions.${n}: set the type before ${field}, so the LMS can check its format`,
        };
      const problem = responseProblem12(type, value);
      if (problem) return { code: '405', reason: `cmi.interactions.${n}.${field} "${value}": ${problem}` };
    }
    return null;
  }
  if (field === 'id' && !/^\S{1,4000}$/.test(value))
    return { code: '406', reason: `interaction id "${value}" must be an identifier without white space` };
  if (field === 'learner_response' || /^correct_responses\.\d+\.pattern$/.test(field)) {
    if (!type) return { code: '408', reason: `cmi.interactions.${n}: set the type before ${field}` };
    const problem = responseProblem2004(type, value, field !== 'learner_response');
    if (problem) return { code: '406', reason: `cmi.interactions.${n}.${field} "${value}": ${problem}` };
  }
  if (field === 'description' && value.length > 250) {
    return {
      code: '406',
      reason: `interaction description is ${value.length} characters; strict LMSs keep at most 250`,
    };
  }
  return null;
}

// ---------------------------------------------------------------- the recording API

const ERROR_STRINGS = {
  101: 'General exception',
  102: 'General Initialization Failure',
  113: 'Termination After Termination',
  123: 'Retrieve Data After Termination',
  133: 'Store Data After Termination',
  143: 'Commit After Termination',
  301: 'Not initialized',
  391: 'General Commit Failure',
  405: 'Incorrect Data Type',
  406: 'Data Model Element Type Mismatch',
  408: 'Data Model Dependency Not Established',
};

/**
 * A scorm-again API behind a facade that records each call. `options.persist` saves the CMI to localStorage
 * after each successful Commit and Terminate; `options.strict` and `options.faults` shape the behaviour.
 */
function createSession(seed, options) {
  const Ctor = standard === '1.2' ? window.Scorm12API : window.Scorm2004API;
  if (typeof Ctor !== 'function') throw new Error('scorm-again did not load (/vendor/scorm-again.js)');
  const apiSettings = { lmsCommitUrl: false, autocommit: false, logLevel: 5 };
  let api = new Ctor(apiSettings);
  let seedProblem = null;
  try {
    api.loadFromJSON(structuredClone(seed));
  } catch (e) {
    // A stored record scorm-again cannot load (for example an interaction it rejects): keep the rest.
    seedProblem = String(e?.message ?? e);
    const { interactions: _dropped, ...rest } = seed;
    seed = rest;
    api = new Ctor(apiSettings);
    try {
      api.loadFromJSON(structuredClone(rest));
    } catch {
      // Not loadable at all: start a new attempt rather than break the LMS page.
      seed = seedFor(null).seed;
      api = new Ctor(apiSettings);
      api.loadFromJSON(structuredClone(seed));
    }
  }
  const session = {
    api,
    seed,
    seedProblem,
    calls: [],
    initialized: false,
    finished: false,
    override: null,
    interactionTypes: new Map(),
    interactionIds: new Set(),
    started: performance.now(),
    options,
  };
  // Interactions the LMS restored (2004 resume) already have their id and type.
  for (const [n, interaction] of Object.entries(seed.interactions ?? {})) {
    if (interaction?.id) session.interactionIds.add(Number(n));
    if (interaction?.type) session.interactionTypes.set(Number(n), interaction.type);
  }
  const lastError = () => (session.override ? session.override.code : String(api.lastErrorCode ?? '0'));

  const call = (method, args) => {
    const entry = {
      seq: session.calls.length + 1,
      ms: Math.round(performance.now() - session.started),
      method,
      args: args.map((a) => (typeof a === 'string' ? a : a === undefined ? undefined : String(a))),
      argTypes: args.map((a) => typeof a),
    };
    let result;
    try {
      if (ERROR_QUERIES.has(method)) {
        if (session.override) {
          const o = session.override;
          result =
            method === NAMES.err
              ? o.code
              : method === NAMES.str
                ? (ERROR_STRINGS[args[0]] ?? api[method](...args))
                : o.reason;
        } else {
          result = api[method](...args);
        }
      } else {
        session.override = null;
        const problem = strictProblem(session, method, args);
        if (problem) {
          entry.violation = problem.reason;
          if (options.strict) {
            entry.rejectedByStrict = true;
            session.override = problem;
            result = method === NAMES.get ? '' : 'false';
          }
        }
        if (!entry.rejectedByStrict) {
          if (method === NAMES.commit && options.faults.commit === 'throw') {
            entry.threw = 'Injected fault: Commit threw';
            throw new Error(entry.threw);
          }
          if (method === NAMES.commit && options.faults.commit === 'false' && !session.finished) {
            entry.fault = 'Commit returned "false"';
            session.override = {
              code: standard === '1.2' ? '101' : '391',
              reason: 'Injected fault: the LMS could not save',
            };
            result = 'false';
          } else if (method === NAMES.init && options.faults.initialize === 'fail') {
            entry.fault = 'Initialize returned "false"';
            session.override = {
              code: standard === '1.2' ? '101' : '102',
              reason: 'Injected fault: the LMS refused to start the session',
            };
            result = 'false';
          } else {
            result = api[method](...args);
          }
        }
      }
    } finally {
      entry.result = result;
      entry.error = lastError();
      session.calls.push(entry);
      options.onCall?.(entry, session);
    }
    if (result === 'true') {
      if (method === NAMES.init) session.initialized = true;
      if (method === NAMES.finish) session.finished = true;
      if (method === NAMES.set) {
        const m = /^cmi\.interactions\.(\d+)\.(type|id)$/.exec(String(args[0]));
        if (m?.[2] === 'type') session.interactionTypes.set(Number(m[1]), String(args[1]));
        if (m?.[2] === 'id') session.interactionIds.add(Number(m[1]));
      }
      if (options.persist && (method === NAMES.commit || method === NAMES.finish))
        options.persist(session, method);
    }
    return result;
  };

  const facade = {};
  for (const method of [
    NAMES.init,
    NAMES.finish,
    NAMES.get,
    NAMES.set,
    NAMES.commit,
    NAMES.err,
    NAMES.str,
    NAMES.diag,
  ]) {
    facade[method] = (...args) => call(method, args);
  }
  Object.defineProperty(facade, 'toString', { value: () => `[Levelwise stand-in LMS ${NAMES.api}]` });
  session.facade = facade;
  return session;
}

/** The CMI as the LMS would commit it, with total_time accumulated. */
function committedCmi(api) {
  const out = plain(api.renderCommitCMI(true, true));
  return out?.cmi ?? out;
}

/** scorm-again's toJSON returns live CMI objects whose getters throw for write-only elements: serialise first. */
function plain(value) {
  return JSON.parse(JSON.stringify(value));
}

function flatten(value, prefix, out = []) {
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) out.push([prefix, Array.isArray(value) ? '[]' : '{}']);
    for (const k of keys) flatten(value[k], `${prefix}.${k}`, out);
  } else {
    out.push([prefix, value === undefined ? '' : String(value)]);
  }
  return out;
}

// ---------------------------------------------------------------- the page

const $ = (id) => document.getElementById(id);
const notes = [];
let current = null;
let popupWindow = null;
let renderQueued = false;
let renderedCalls = 0;
let launchCount = 0;

function announce(text) {
  $('status').textContent = text;
}

function note(text) {
  notes.push({ ms: Math.round(performance.now()), text });
  queueRender();
}

function persist(session, method) {
  const previous = readRecord();
  const record = {
    version: STORAGE_VERSION,
    standard,
    launch: settings.launch,
    attempt: session.attempt,
    sessions: session.sessionNumber,
    savedAt: new Date().toISOString(),
    savedBy: method,
    cmi: committedCmi(session.api),
    history: previous?.history ?? [],
  };
  writeRecord(record);
  queueRender();
}

function installApi(session) {
  delete window.API;
  delete window.API_1484_11;
  window[NAMES.api] = session.facade;
  note(`${NAMES.api} installed`);
  announce(`${NAMES.api} is ready (SCORM ${standard}${settings.strict ? ', strict' : ''}).`);
}

function startSession({ reset }) {
  if (reset) localStorage.removeItem(settings.key);
  const record = readRecord();
  const { resume, seed } = seedFor(record);
  const session = createSession(seed, {
    strict: settings.strict,
    faults,
    persist,
    onCall: () => queueRender(),
  });
  session.resume = resume;
  session.attempt = resume ? (record?.attempt ?? 1) : (record?.attempt ?? 0) + 1;
  session.sessionNumber = (record?.sessions ?? 0) + 1;
  if (session.seedProblem) {
    note(`the stored attempt could not be fully restored: ${session.seedProblem}`);
    session.resume = session.seed.entry === 'resume' || session.seed.core?.entry === 'resume';
  }
  current = session;
  renderedCalls = 0;
  $('log-table').tBodies[0].replaceChildren();
  delete window.API;
  delete window.API_1484_11;
  if (settings.noApi) {
    note('no API installed (noapi=1)');
    announce('No SCORM API on this page (noapi=1): the course should say it is not tracked.');
  } else if (settings.apiDelay > 0) {
    announce(`The API will appear after ${settings.apiDelay} ms.`);
    const s = session;
    setTimeout(() => {
      if (current === s) installApi(s);
    }, settings.apiDelay);
  } else {
    installApi(session);
  }
  queueRender();
  return session;
}

function launchUrl() {
  return settings.depth > 1
    ? `/lms/frame.html?depth=${settings.depth - 1}&launch=${encodeURIComponent(settings.launch)}`
    : settings.launch;
}

function openCourse() {
  launchCount++;
  if (settings.popup) {
    popupWindow = window.open(settings.launch, 'levelwise-course', 'popup,width=1100,height=800');
    if (!popupWindow) {
      announce(
        'The browser blocked the pop-up. Allow pop-ups for this page, then use "Open the course in a new window".',
      );
      return;
    }
    $('popup-note').hidden = false;
    note('course opened in a pop-up');
    return;
  }
  const frame = document.createElement('iframe');
  frame.id = 'course-frame';
  frame.title = settings.depth > 1 ? `LMS frame (${settings.depth - 1} levels above the course)` : 'Course';
  frame.src = launchUrl();
  $('course-frame-host').replaceChildren(frame);
  note(`course launched at frame depth ${settings.depth}`);
}

/** The window the course runs in (innermost frame, or the pop-up), or null. */
function courseWindow() {
  if (settings.popup) return popupWindow && !popupWindow.closed ? popupWindow : null;
  let w = $('course-frame')?.contentWindow ?? null;
  for (let i = 1; w && i < settings.depth; i++) w = w.document.querySelector('iframe')?.contentWindow ?? null;
  return w;
}

/** Leaves the course the way a learner closing a tab or an LMS moving on does: the course page is navigated away. */
async function leave() {
  const w = courseWindow();
  if (!w) return false;
  w.location.href = '/lms/exit.html';
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    try {
      const now = courseWindow();
      if (now?.location.pathname === '/lms/exit.html' && now.document.readyState === 'complete') break;
    } catch {
      /* navigation in progress */
    }
  }
  note('course left (frame navigated away)');
  const s = current;
  announce(
    s?.finished
      ? `The course ended the session (${NAMES.finish}). Progress is stored.`
      : `The course was left without ${NAMES.finish}: the LMS keeps only what was committed.`,
  );
  queueRender();
  return true;
}

async function relaunch({ reset = false } = {}) {
  if (courseWindow()) await leave();
  startSession({ reset });
  openCourse();
  return current.resume;
}

/** Replays recorded calls against a fresh API with the same seed and settings; returns the differences. */
function replay(exported) {
  const source = exported ?? exportSession();
  if (source.standard !== standard)
    throw new Error(`replay needs a SCORM ${source.standard} page, this one is ${standard}`);
  const session = createSession(source.seed, { strict: source.strict, faults: source.faults });
  const mismatches = [];
  for (const c of source.calls) {
    const args = c.args.map((a, i) => (c.argTypes?.[i] === 'number' ? Number(a) : a));
    let result;
    let threw;
    try {
      result = session.facade[c.method](...args);
    } catch (e) {
      threw = String(e?.message ?? e);
    }
    const error = session.calls[session.calls.length - 1]?.error;
    if (result !== c.result || error !== c.error || (threw ?? undefined) !== (c.threw ?? undefined)) {
      mismatches.push({
        seq: c.seq,
        method: c.method,
        args: c.args,
        expected: { result: c.result, error: c.error, threw: c.threw },
        actual: { result, error, threw },
      });
    }
  }
  return mismatches;
}

function exportSession() {
  const s = current;
  return {
    standard,
    strict: settings.strict,
    faults: { ...faults },
    settings: { ...settings },
    seed: s?.seed ?? null,
    resume: s?.resume ?? false,
    calls: structuredClone(s?.calls ?? []),
    cmi: s ? plain(s.api.cmi) : null,
    notes: [...notes],
  };
}

// ---------------------------------------------------------------- rendering

function queueRender() {
  if (renderQueued) return;
  renderQueued = true;
  setTimeout(() => {
    renderQueued = false;
    render();
  }, 50);
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function describeCall(c) {
  const args = c.args.map((a) =>
    a === undefined ? '' : JSON.stringify(a.length > 120 ? `${a.slice(0, 117)}…(${a.length})` : a),
  );
  return `${c.method}(${args.join(', ')})`;
}

function render() {
  const s = current;
  if (!s) return;
  let cmi;
  try {
    cmi = plain(s.api.cmi);
  } catch {
    cmi = {};
  }
  const rows = flatten(cmi, 'cmi').sort((a, b) => (a[0] < b[0] ? -1 : 1));
  $('cmi-table').tBodies[0].replaceChildren(
    ...rows.map(([k, v]) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = k;
      tr.append(th, cell(v.length > 300 ? `${v.slice(0, 300)}… (${v.length} characters)` : v));
      return tr;
    }),
  );

  const body = $('log-table').tBodies[0];
  for (const c of s.calls.slice(renderedCalls)) {
    const tr = document.createElement('tr');
    const failed = c.result === 'false' || c.threw || (c.error !== '0' && !ERROR_QUERIES.has(c.method));
    if (c.violation) tr.className = 'violation';
    else if (failed) tr.className = 'failed';
    const extra = [];
    if (c.rejectedByStrict) extra.push(`rejected (strict): ${c.violation}`);
    else if (c.violation) extra.push(`a strict LMS would reject this: ${c.violation}`);
    if (c.fault) extra.push(`fault: ${c.fault}`);
    if (c.threw) extra.push(`threw: ${c.threw}`);
    const callCell = cell(describeCall(c));
    if (extra.length) {
      const span = document.createElement('span');
      span.className = `flag ${c.rejectedByStrict || c.threw || c.fault ? 'bad' : 'warn'}`;
      span.textContent = ` — ${extra.join('; ')}`;
      callCell.append(span);
    }
    tr.append(
      cell(String(c.seq)),
      cell(String(c.ms)),
      callCell,
      cell(c.threw ? '(threw)' : JSON.stringify(c.result ?? '')),
      cell(c.error),
    );
    body.append(tr);
  }
  renderedCalls = s.calls.length;
  $('log-count').textContent = `(${s.calls.length} calls)`;

  const get = (path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), cmi);
  const suspend = String((standard === '1.2' ? get('suspend_data') : get('suspend_data')) ?? '');
  const items =
    standard === '1.2'
      ? [
          ['Status', get('core.lesson_status')],
          ['Score', get('core.score.raw') ? `${get('core.score.raw')} (pass mark ${settings.mastery})` : '—'],
          ['Location', get('core.lesson_location')],
          ['Entry', get('core.entry')],
          ['Exit', get('core.exit')],
          ['Session time', get('core.session_time')],
          ['Total time (stored)', get('core.total_time')],
        ]
      : [
          ['Completion', get('completion_status')],
          ['Success', get('success_status')],
          [
            'Score (scaled)',
            get('score.scaled') ? `${get('score.scaled')} (pass ${settings.mastery / 100})` : '—',
          ],
          ['Progress', get('progress_measure')],
          ['Location', get('location')],
          ['Entry', get('entry')],
          ['Exit', get('exit')],
          ['Session time', get('session_time')],
          ['Total time (stored)', get('total_time')],
        ];
  items.push(
    ['suspend_data', `${suspend.length} of ${settings.suspendLimit} characters`],
    [
      'Session',
      `${s.finished ? 'ended' : s.initialized ? 'open' : 'not started'}; attempt ${s.attempt}, launch ${s.sessionNumber}${s.resume ? ' (resumed)' : ''}`,
    ],
    [
      'Mode',
      `SCORM ${standard}${settings.strict ? ', strict' : ''}${settings.popup ? ', pop-up' : `, frame depth ${settings.depth}`}`,
    ],
  );
  $('progress').replaceChildren(
    ...items.flatMap(([k, v]) => {
      const dt = document.createElement('dt');
      dt.textContent = k;
      const dd = document.createElement('dd');
      dd.textContent = v === undefined || v === '' ? '—' : String(v);
      return [dt, dd];
    }),
  );
  const events = $('events');
  for (const n of notes.slice(events.children.length)) {
    const li = document.createElement('li');
    li.textContent = `${(n.ms / 1000).toFixed(2)} s: ${n.text}`;
    events.append(li);
  }
  const stored = readRecord();
  $('stored').textContent = stored ? JSON.stringify(stored, null, 2) : 'Nothing stored yet.';
}

function download() {
  const blob = new Blob([JSON.stringify(exportSession(), null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `levelwise-lms-${standard}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function initForm() {
  // Scrollable tables must be reachable by keyboard: a focusable, named region each.
  for (const [scroller, label] of [
    [$('cmi-table').parentElement, 'CMI data model (scrollable)'],
    [$('log-table').parentElement, 'API call log (scrollable)'],
  ]) {
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', label);
  }
  $('f-standard').value = standard;
  $('f-strict').checked = settings.strict;
  $('f-depth').value = String(settings.depth);
  $('f-popup').checked = settings.popup;
  $('f-launch').value = settings.launch;
  $('f-mastery').value = String(settings.mastery);
  $('api-name').textContent =
    `window.${NAMES.api} (SCORM ${standard === '1.2' ? '1.2' : '2004 4th Edition'})`;
  $('b-open-popup').hidden = !settings.popup;
  $('b-open-popup').addEventListener('click', () => {
    if (!current || current.finished) startSession({ reset: false });
    openCourse();
  });
  $('b-leave').addEventListener('click', () => void leave());
  $('b-relaunch').addEventListener('click', () => void relaunch());
  $('b-reset').addEventListener('click', () => {
    localStorage.removeItem(settings.key);
    announce('Stored progress discarded. The next launch starts a new attempt.');
    queueRender();
  });
  $('b-download').addEventListener('click', download);
}

window.lms = {
  settings,
  faults,
  names: NAMES,
  get calls() {
    return current?.calls ?? [];
  },
  get session() {
    return current;
  },
  get launches() {
    return launchCount;
  },
  notes,
  note,
  cmi: () => (current ? plain(current.api.cmi) : null),
  stored: readRecord,
  leave,
  relaunch,
  replay,
  exportSession,
  courseWindow,
  openCourse,
  render,
};

initForm();
startSession({ reset: settings.reset });
if (settings.reset) {
  // A reload must not discard again.
  params.delete('reset');
  history.replaceState(null, '', `${location.pathname}?${params}`);
}
if (settings.autolaunch && !settings.popup) openCourse();
else if (settings.popup) announce('Use "Open the course in a new window" to launch the course.');
render();
document.documentElement.dataset.lmsReady = 'true';
