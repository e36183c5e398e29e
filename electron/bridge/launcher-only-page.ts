/**
 * What a browser gets for the page without the session cookie and without a valid one-time code: an explanation in
 * Chinese, and nothing of the app (no script, no secret).
 */
export const LAUNCHER_ONLY_TITLE = '请从启动窗口打开';

export const LAUNCHER_ONLY_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const LAUNCHER_ONLY_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${LAUNCHER_ONLY_TITLE} · 充分就业社区工作台</title>
<style>
body { font-family: "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; background: #f5f6f8; color: #222; margin: 0; }
main { max-width: 36em; margin: 12vh auto; background: #fff; border-radius: 8px; padding: 2em 2.5em; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1 { font-size: 1.5em; margin-top: 0; }
li { margin: .4em 0; line-height: 1.6; }
</style>
</head>
<body>
<main>
<h1>${LAUNCHER_ONLY_TITLE}</h1>
<p>为保护居民信息，工作台只接受从启动窗口打开的地址。这个地址不完整，或者已经使用过一次。</p>
<ul>
<li>回到启动工作台的窗口（运行 <code>npm start</code> 的终端），按一下回车键，会打开一个新的地址；</li>
<li>或者关闭工作台后重新启动。</li>
</ul>
</main>
</body>
</html>
`;
