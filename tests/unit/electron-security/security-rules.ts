/**
 * Electron's security checklist as named rules over what ships: the bundled main process and preload
 * (dist/electron) and electron-builder.yml. Each rule returns its problems (none when it holds), and names a
 * mutation of the built code that reverts it — the test checks the rule catches that too.
 */
import type { BuiltJs } from './built-js';
import {
  callbackArg,
  callsOf,
  descendants,
  enclosingFunction,
  eventHandlers,
  functionNamed,
  isNegatedCall,
  objectsAt,
  paramName,
  propertiesOf,
  returnedExpressions,
  stringsIn,
  ts,
  unwrap,
  variableInit,
} from './built-js';

export interface Shipped {
  main: BuiltJs;
  preload: BuiltJs;
  /** electron-builder.yml as text. */
  config: string;
}

export interface Mutation {
  what: string;
  target: keyof Shipped;
  from: RegExp;
  to: string;
}

export interface SecurityRule {
  name: string;
  check(shipped: Shipped): string[];
  reverts: Mutation[];
}

function webPreferences(shipped: Shipped): Map<string, ts.Expression>[] {
  return objectsAt(shipped.main, 'webPreferences').map(propertiesOf);
}

/** Every window's webPreferences must have `key` set to exactly `expected` (or, with `absentOk`, not set at all). */
function preference(key: string, expected: RegExp, absentOk = false): (shipped: Shipped) => string[] {
  return (shipped) => {
    const all = webPreferences(shipped);
    if (all.length === 0) return ['no BrowserWindow webPreferences found in the main bundle'];
    return all.flatMap((prefs, i) => {
      const value = prefs.get(key);
      if (!value) return absentOk ? [] : [`window ${i + 1}: ${key} is not set`];
      return expected.test(value.getText()) ? [] : [`window ${i + 1}: ${key} is ${value.getText()}`];
    });
  };
}

/** The handlers of `contents.on(event, …)` must cancel the event (only for URLs outside app://desk/, if conditional). */
function eventCancelled(event: string, allowAppOrigin: boolean): (shipped: Shipped) => string[] {
  return (shipped) => {
    const handlers = eventHandlers(shipped.main, event);
    if (handlers.length === 0) return [`no "${event}" handler`];
    return handlers.flatMap((handler) => {
      const eventParam = paramName(handler, 0);
      const cancels = callsOf(handler, 'preventDefault').filter((call) => call.expression.getText() === `${eventParam}.preventDefault`);
      if (cancels.length === 0) return [`"${event}" handler never calls ${eventParam}.preventDefault()`];
      return cancels.flatMap((call) => {
        const guard = call.parent?.parent;
        if (guard && ts.isIfStatement(guard) && guard.thenStatement === call.parent) {
          const condition = guard.expression.getText();
          const ok = allowAppOrigin && /^!\w+\.startsWith\(`\$\{APP_ORIGIN\}\/`\)$/.test(condition);
          return ok ? [] : [`"${event}" is cancelled only when ${condition}`];
        }
        return [];
      });
    });
  };
}

function fuse(config: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = config.split(/\r?\n/);
  const start = lines.findIndex((line) => /^electronFuses:\s*$/.test(line));
  if (start < 0) return out;
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const match = /^\s+([A-Za-z]+):\s*([^#\s]+)/.exec(line);
    if (match?.[1] && match[2]) out.set(match[1], match[2]);
  }
  return out;
}

const REQUIRED_FUSES: [string, 'true' | 'false'][] = [
  ['runAsNode', 'false'],
  ['enableNodeOptionsEnvironmentVariable', 'false'],
  ['enableNodeCliInspectArguments', 'false'],
  ['onlyLoadAppFromAsar', 'true'],
  ['enableEmbeddedAsarIntegrityValidation', 'true'],
  ['enableCookieEncryption', 'true'],
];

const IPC_RENDERER_SAFE_CALLS = new Set(['invoke']);

export const SECURITY_RULES: SecurityRule[] = [
  {
    name: 'contextIsolation is on',
    check: preference('contextIsolation', /^true$/),
    reverts: [{ what: 'contextIsolation: false', target: 'main', from: /contextIsolation: true/, to: 'contextIsolation: false' }],
  },
  {
    name: 'the window is sandboxed',
    check: preference('sandbox', /^true$/),
    reverts: [{ what: 'sandbox: false', target: 'main', from: /sandbox: true/, to: 'sandbox: false' }],
  },
  {
    name: 'app.enableSandbox() runs at start, before the app is ready',
    check: (shipped) => {
      const calls = callsOf(shipped.main, 'enableSandbox', 'app').filter((call) => enclosingFunction(call) === null);
      return calls.length > 0 ? [] : ['app.enableSandbox() is not called at module level'];
    },
    reverts: [{ what: 'no app.enableSandbox()', target: 'main', from: /^\s*[\w$]+\.app\.enableSandbox\(\);$/m, to: '' }],
  },
  {
    name: 'Node integration is off (window, workers, sub-frames)',
    check: (shipped) => [
      ...preference('nodeIntegration', /^false$/)(shipped),
      ...preference('nodeIntegrationInWorker', /^false$/)(shipped),
      ...preference('nodeIntegrationInSubFrames', /^false$/, true)(shipped),
    ],
    reverts: [
      { what: 'nodeIntegration: true', target: 'main', from: /nodeIntegration: false/, to: 'nodeIntegration: true' },
      { what: 'nodeIntegrationInWorker: true', target: 'main', from: /nodeIntegrationInWorker: false/, to: 'nodeIntegrationInWorker: true' },
    ],
  },
  {
    name: 'webSecurity is on, no insecure content, no experimental features, no <webview>',
    check: (shipped) => [
      ...preference('webSecurity', /^true$/, true)(shipped),
      ...preference('allowRunningInsecureContent', /^false$/, true)(shipped),
      ...preference('experimentalFeatures', /^false$/, true)(shipped),
      ...preference('webviewTag', /^false$/)(shipped),
    ],
    reverts: [
      { what: 'webSecurity: false', target: 'main', from: /webSecurity: true/, to: 'webSecurity: false' },
      { what: 'allowRunningInsecureContent: true', target: 'main', from: /allowRunningInsecureContent: false/, to: 'allowRunningInsecureContent: true' },
      { what: 'webviewTag: true', target: 'main', from: /webviewTag: false/, to: 'webviewTag: true' },
    ],
  },
  {
    name: 'DevTools are off when packaged',
    check: preference('devTools', /^(false|![\w$]+\.app\.isPackaged)$/),
    reverts: [
      { what: 'devTools: true', target: 'main', from: /devTools: ![\w$]+\.app\.isPackaged/, to: 'devTools: true' },
      { what: 'no devTools setting (Electron defaults to on)', target: 'main', from: /devTools: ![\w$]+\.app\.isPackaged,/, to: '' },
    ],
  },
  {
    name: 'every page the app:// protocol serves carries the strict Content-Security-Policy',
    check: (shipped) => {
      const problems: string[] = [];
      const handlers = callsOf(shipped.main, 'handle', 'protocol').map((call) => callbackArg(call, 1));
      if (handlers.length === 0 || handlers.some((h) => h === null)) return ['no protocol.handle(…) callback'];
      const served = handlers.flatMap((handler) =>
        descendants(handler as ts.Node).filter((n): n is ts.NewExpression => ts.isNewExpression(n) && n.expression.getText() === 'Response' && (n.arguments?.length ?? 0) > 1),
      );
      const withBody = served.filter((n) => !ts.isStringLiteral(n.arguments?.[0] as ts.Expression));
      if (withBody.length === 0) problems.push('the protocol handler serves no file');
      for (const response of withBody) {
        const init = response.arguments?.[1];
        const headers = init && ts.isObjectLiteralExpression(init) ? propertiesOf(init).get('headers') : undefined;
        const csp = headers && ts.isObjectLiteralExpression(headers) ? propertiesOf(headers).get('Content-Security-Policy') : undefined;
        if (csp?.getText() !== 'CONTENT_SECURITY_POLICY') problems.push(`a file is served without the CSP header (${headers?.getText() ?? 'no headers'})`);
      }
      const policy = variableInit(shipped.main, 'CONTENT_SECURITY_POLICY');
      const directives = policy ? stringsIn(policy) : [];
      for (const required of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
        if (!directives.includes(required)) problems.push(`the CSP lacks ${required}`);
      }
      if (directives.some((d) => d.includes("'unsafe-eval'") || (d.startsWith('script-src') && d.includes("'unsafe-inline'")))) {
        problems.push('the CSP lets scripts run from strings or inline');
      }
      return problems;
    },
    reverts: [
      { what: 'no CSP header', target: 'main', from: /"Content-Security-Policy": CONTENT_SECURITY_POLICY,/, to: '' },
      { what: "script-src 'unsafe-eval'", target: 'main', from: /"script-src 'self'"/, to: `"script-src 'self' 'unsafe-eval'"` },
    ],
  },
  {
    name: 'the app:// scheme does not bypass the CSP',
    check: (shipped) => {
      const registered = callsOf(shipped.main, 'registerSchemesAsPrivileged', 'protocol');
      if (registered.length === 0) return ['the app:// scheme is not registered'];
      return registered.flatMap((call) => (/bypassCSP:\s*true/.test(call.getText()) ? ['a scheme is registered with bypassCSP'] : []));
    },
    reverts: [{ what: 'bypassCSP: true', target: 'main', from: /supportFetchAPI: true \}/, to: 'supportFetchAPI: true, bypassCSP: true }' }],
  },
  {
    name: 'navigation away from app://desk/ is denied',
    check: (shipped) => [...eventCancelled('will-navigate', true)(shipped), ...eventCancelled('will-redirect', true)(shipped)],
    reverts: [
      { what: 'will-navigate not cancelled', target: 'main', from: /("will-navigate"[^\n]*\n[^\n]*)event\.preventDefault\(\)/, to: '$1void 0' },
      { what: 'will-navigate allows any http page', target: 'main', from: /("will-navigate"[^\n]*\n\s*if \(!\w+\.startsWith\()`\$\{APP_ORIGIN\}\/`/, to: '$1"http"' },
      { what: 'will-redirect not cancelled', target: 'main', from: /("will-redirect"[^\n]*\n[^\n]*)event\.preventDefault\(\)/, to: '$1void 0' },
    ],
  },
  {
    name: '<webview> attachment is refused',
    check: eventCancelled('will-attach-webview', false),
    reverts: [{ what: 'no will-attach-webview handler', target: 'main', from: /contents\.on\("will-attach-webview"[^\n]*\n/, to: '' }],
  },
  {
    name: 'window.open is always denied',
    check: (shipped) => {
      const handlers = callsOf(shipped.main, 'setWindowOpenHandler').map((call) => callbackArg(call, 0));
      if (handlers.length === 0 || handlers.some((h) => h === null)) return ['no setWindowOpenHandler callback'];
      return handlers.flatMap((handler) =>
        returnedExpressions(handler as ts.FunctionLikeDeclaration).flatMap((expr) => {
          const value = unwrap(expr);
          const action = ts.isObjectLiteralExpression(value) ? propertiesOf(value).get('action') : undefined;
          return action && ts.isStringLiteral(action) && action.text === 'deny' ? [] : [`window.open may return ${value.getText()}`];
        }),
      );
    },
    reverts: [{ what: "action: 'allow'", target: 'main', from: /return \{ action: "deny" \}/, to: 'return { action: "allow" }' }],
  },
  {
    name: 'shell.openExternal only for the allow-list, which is empty',
    check: (shipped) => {
      const problems: string[] = [];
      const list = variableInit(shipped.main, 'EXTERNAL_ORIGIN_ALLOW_LIST');
      if (!list || !ts.isArrayLiteralExpression(list)) problems.push('no EXTERNAL_ORIGIN_ALLOW_LIST');
      else if (list.elements.length > 0) problems.push(`the allow-list is not empty: ${list.getText()}`);
      const guard = functionNamed(shipped.main, 'isAllowedExternalUrl');
      const guardReturns = guard ? returnedExpressions(guard).map((e) => e.getText()) : [];
      if (!guard || guardReturns.some((text) => text !== 'false' && !text.startsWith('EXTERNAL_ORIGIN_ALLOW_LIST.includes('))) {
        problems.push(`isAllowedExternalUrl does not answer by the allow-list alone (${guardReturns.join(' | ')})`);
      }
      for (const call of callsOf(shipped.main, 'openExternal', 'shell')) {
        let guarded = false;
        for (let up: ts.Node | undefined = call.parent; up && !guarded; up = up.parent) {
          if (ts.isIfStatement(up)) {
            const condition = unwrap(up.expression);
            guarded = ts.isCallExpression(condition) && condition.expression.getText() === 'isAllowedExternalUrl';
          }
          if (enclosingFunction(call) === up) break;
        }
        if (!guarded) problems.push(`shell.openExternal without the allow-list: ${call.parent.getText()}`);
      }
      return problems;
    },
    reverts: [
      { what: 'a site on the allow-list', target: 'main', from: /var EXTERNAL_ORIGIN_ALLOW_LIST = \[\];/, to: 'var EXTERNAL_ORIGIN_ALLOW_LIST = ["https://example.com"];' },
      { what: 'any https link opened', target: 'main', from: /if \(isAllowedExternalUrl\((\w+)\)\)/, to: 'if ($1.startsWith("https://"))' },
      { what: 'the allow-list ignored', target: 'main', from: /return EXTERNAL_ORIGIN_ALLOW_LIST\.includes\(origin\);/, to: 'return true;' },
    ],
  },
  {
    name: 'permission requests and checks are denied',
    check: (shipped) => {
      const problems: string[] = [];
      const requests = callsOf(shipped.main, 'setPermissionRequestHandler').map((call) => callbackArg(call, 0));
      if (requests.length === 0 || requests.some((h) => h === null)) problems.push('no setPermissionRequestHandler callback');
      for (const handler of requests) {
        if (!handler) continue;
        const callback = paramName(handler, 2);
        const answers = descendants(handler).filter((n): n is ts.CallExpression => ts.isCallExpression(n) && n.expression.getText() === callback);
        if (answers.length === 0) problems.push('permission requests are never answered');
        for (const answer of answers) if (answer.arguments.map((a) => a.getText()).join() !== 'false') problems.push(`a permission request is answered ${answer.getText()}`);
      }
      const checks = callsOf(shipped.main, 'setPermissionCheckHandler').map((call) => callbackArg(call, 0));
      if (checks.length === 0 || checks.some((h) => h === null)) problems.push('no setPermissionCheckHandler callback');
      for (const handler of checks) {
        if (!handler) continue;
        for (const value of returnedExpressions(handler)) if (value.getText() !== 'false') problems.push(`a permission check returns ${value.getText()}`);
      }
      return problems;
    },
    reverts: [
      { what: 'requests granted', target: 'main', from: /callback\(false\)/, to: 'callback(true)' },
      { what: 'checks granted', target: 'main', from: /setPermissionCheckHandler\(\(\) => false\)/, to: 'setPermissionCheckHandler(() => true)' },
    ],
  },
  {
    name: 'every IPC handler checks its sender first',
    check: (shipped) => {
      const problems: string[] = [];
      const handles = callsOf(shipped.main, 'handle', 'ipcMain');
      if (handles.length < 3) problems.push(`only ${handles.length} ipcMain.handle calls found`);
      for (const call of handles) {
        const listener = callbackArg(call, 1);
        const event = listener ? paramName(listener, 0) : null;
        const body = listener?.body;
        const first = body && ts.isBlock(body) ? body.statements[0] : undefined;
        const checked =
          first !== undefined && ts.isIfStatement(first) && ts.isReturnStatement(first.thenStatement) && isNegatedCall(first.expression, 'isTrustedSender')?.arguments[0]?.getText() === event;
        if (!checked) problems.push(`ipcMain.handle(${call.arguments[0]?.getText() ?? '?'}) does not start with if (!isTrustedSender(${event ?? 'event'}, …)) return`);
      }
      for (const name of ['on', 'once', 'handleOnce']) {
        if (callsOf(shipped.main, name, 'ipcMain').length > 0) problems.push(`ipcMain.${name} is used`);
      }
      const trusted = functionNamed(shipped.main, 'isTrustedSender');
      const origin = trusted ? paramName(trusted, 1) : null;
      const returns = trusted ? returnedExpressions(trusted).map((e) => e.getText()) : [];
      if (!trusted || !trusted.getText().includes('senderFrame') || returns.includes('true') || !returns.some((r) => origin !== null && r.endsWith(`=== ${origin}`))) {
        problems.push(`isTrustedSender does not compare the sender frame's origin with the app's (${returns.join(' | ')})`);
      }
      return problems;
    },
    reverts: [
      { what: 'an API channel without the check', target: 'main', from: /\n\s*if \(!isTrustedSender\(event, deps\.appOrigin\)\) return untrusted;/, to: '' },
      { what: 'a dialog channel without the check', target: 'main', from: /\n\s*if \(!isTrustedSender\(event, deps\.appOrigin\)\) return null;/, to: '' },
      { what: 'every sender trusted', target: 'main', from: /return `\$\{parsed\.protocol\}\/\/\$\{parsed\.host\}` === appOrigin;/, to: 'return true;' },
    ],
  },
  {
    name: 'the preload exposes named functions only: no generic invoke, no ipcRenderer',
    check: (shipped) => {
      const problems: string[] = [];
      const invokes = callsOf(shipped.preload, 'invoke', 'ipcRenderer');
      if (invokes.length === 0) problems.push('the preload never calls ipcRenderer.invoke');
      for (const call of invokes) {
        const channel = call.arguments[0];
        const fn = enclosingFunction(call);
        const params = fn ? fn.parameters.map((p) => p.name.getText()) : [];
        if (!channel || (ts.isIdentifier(channel) && params.includes(channel.text)) || !(ts.isIdentifier(channel) || ts.isPropertyAccessExpression(channel))) {
          problems.push(`the page chooses the channel: ${call.getText()}`);
        }
      }
      for (const node of descendants(shipped.preload.file)) {
        if (!ts.isPropertyAccessExpression(node) || node.name.text !== 'ipcRenderer') continue;
        const use = node.parent;
        const method = ts.isPropertyAccessExpression(use) && use.expression === node ? use.name.text : null;
        if (method === null || !IPC_RENDERER_SAFE_CALLS.has(method)) problems.push(`ipcRenderer used other than by invoke: ${use.getText()}`);
      }
      const exposed = callsOf(shipped.preload, 'exposeInMainWorld');
      if (exposed.length !== 1) problems.push(`exposeInMainWorld is called ${exposed.length} times`);
      return problems;
    },
    reverts: [
      { what: 'a generic invoke', target: 'preload', from: /var shell = \{/, to: 'var shell = {\n  invoke: (channel, input) => import_electron.ipcRenderer.invoke(channel, input),' },
      { what: 'ipcRenderer exposed', target: 'preload', from: /exposeInMainWorld\("desk", \{ api, shell \}\)/, to: 'exposeInMainWorld("desk", { api, shell, ipc: import_electron.ipcRenderer })' },
      { what: 'ipcRenderer.send', target: 'preload', from: /var shell = \{/, to: 'var shell = {\n  notify: (input) => import_electron.ipcRenderer.send("desk:notify", input),' },
    ],
  },
  {
    name: 'the window loads only the app’s own origin',
    check: (shipped) => {
      const loads = callsOf(shipped.main, 'loadURL');
      if (loads.length === 0) return ['no loadURL'];
      return loads.flatMap((call) => {
        const arg = call.arguments[0];
        const ok = arg !== undefined && ts.isTemplateExpression(arg) && arg.head.text === '' && arg.templateSpans[0]?.expression.getText() === 'APP_ORIGIN';
        return ok ? [] : [`loadURL(${arg?.getText() ?? ''})`];
      });
    },
    reverts: [{ what: 'a dev server URL', target: 'main', from: /loadURL\(`\$\{APP_ORIGIN\}\/index\.html`\)/, to: 'loadURL("http://127.0.0.1:5173/")' }],
  },
  {
    name: 'electron-builder flips the fuses (no run-as-node, NODE_OPTIONS or --inspect; app.asar only, integrity-checked; cookies encrypted)',
    check: (shipped) => {
      const fuses = fuse(shipped.config);
      const problems = REQUIRED_FUSES.filter(([key, value]) => fuses.get(key) !== value).map(([key, value]) => `electronFuses.${key} should be ${value}, is ${fuses.get(key) ?? 'unset'}`);
      if (/^asar:\s*false/m.test(shipped.config)) problems.push('asar is off: onlyLoadAppFromAsar would load nothing');
      return problems;
    },
    reverts: [
      ...REQUIRED_FUSES.map(([key, value]): Mutation => ({
        what: `${key}: ${value === 'true' ? 'false' : 'true'}`,
        target: 'config',
        from: new RegExp(`(\\n\\s+${key}:\\s*)${value}`),
        to: `$1${value === 'true' ? 'false' : 'true'}`,
      })),
      { what: 'no electronFuses block', target: 'config', from: /\nelectronFuses:/, to: '\nelectronFusesOff:' },
    ],
  },
];
