const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** A self-contained A4 page to print and put up in the room or at the gate (扫码反映问题), naming the place's public board too. */
export function posterHtml(p: { name: string; brand: string | null; url: string; boardUrl: string; qrSvg: string }) {
  const brand = escapeHtml(p.brand ?? '有事好商量');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(p.name)} · 扫码反映问题</title>
<style>
  @page { size: A4; margin: 0; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f1f1f; }
  .page { width: 210mm; height: 297mm; padding: 22mm 20mm; display: flex; flex-direction: column; align-items: center; text-align: center; }
  .brand { font-size: 16mm; font-weight: 700; color: #b71c1c; letter-spacing: 2mm; margin-top: 4mm; }
  .place { font-size: 10mm; font-weight: 600; margin: 6mm 0 10mm; }
  .qr { width: 120mm; height: 120mm; border: 1.5mm solid #b71c1c; border-radius: 6mm; padding: 6mm; }
  .qr svg { width: 100%; height: 100%; }
  .steps { font-size: 6mm; line-height: 1.7; margin-top: 12mm; text-align: left; }
  .url { font-size: 4mm; color: #595959; margin-top: auto; word-break: break-all; }
  @media screen { body { background: #eee; } .page { background: #fff; margin: 10mm auto; box-shadow: 0 0 4mm rgba(0,0,0,.2); } }
</style></head>
<body><div class="page">
  <div class="brand">${brand}</div>
  <div class="place">${escapeHtml(p.name)}</div>
  <div class="qr">${p.qrSvg}</div>
  <div class="steps">
    <div>① 微信或手机相机扫一扫上方二维码</div>
    <div>② 写下您想反映的问题或建议，可附照片</div>
    <div>③ 记下查询码，随时查看办理进度和答复</div>
    <div>④ 协商成果和落实情况在公开栏公布（扫码后点“公开栏”，或访问下方第二个网址）</div>
  </div>
  <div class="url">${escapeHtml(p.url)}<br>${escapeHtml(p.boardUrl)}</div>
</div></body></html>`;
}
