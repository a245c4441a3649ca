namespace SocialRank.Cli.Tests.Browser;

/// <summary>The measurements the browser tests take inside the page, as JavaScript functions that return JSON text.</summary>
internal static class PageScripts
{
    /// <summary>The page's width against the viewport's, and each scrolling box's; the chart's drawn size.</summary>
    public const string Layout = """
        () => {
          const root = document.documentElement;
          const boxes = [...document.querySelectorAll('.table-box')].map(b => ({
            scrollWidth: b.scrollWidth, clientWidth: b.clientWidth, overflowX: getComputedStyle(b).overflowX }));
          const svg = document.querySelector('figure.chart svg');
          const r = svg ? svg.getBoundingClientRect() : null;
          const vb = svg && svg.viewBox && svg.viewBox.baseVal ? svg.viewBox.baseVal : null;
          return JSON.stringify({
            scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, bodyScrollWidth: document.body.scrollWidth,
            boxes,
            chart: r ? { width: r.width, height: r.height, viewBoxWidth: vb ? vb.width : 0, viewBoxHeight: vb ? vb.height : 0 } : null,
          });
        }
        """;

    /// <summary>
    /// The WCAG 2.x contrast of every element's own text outside the chart: its computed colour against its effective
    /// background, the first opaque background colour found walking up from the element (white at the top).
    /// </summary>
    public const string Contrast = """
        () => {
          const parse = c => {
            const m = /rgba?\(([^)]*)\)/.exec(c);
            if (!m) return null;
            const p = m[1].split(/[\s,\/]+/).filter(s => s.length).map(Number);
            return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
          };
          const channel = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
          const background = el => {
            for (let e = el; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c && c.a > 0) return c;
            }
            return { r: 255, g: 255, b: 255, a: 1 };
          };
          const texts = [];
          for (const el of document.body.querySelectorAll('*')) {
            if (el.closest('svg')) continue;
            const own = [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim();
            if (!own) continue;
            const fg = parse(getComputedStyle(el).color), bg = background(el);
            const a = luminance(fg), b = luminance(bg);
            texts.push({
              tag: el.tagName.toLowerCase(), text: own.slice(0, 60),
              color: getComputedStyle(el).color, background: `rgb(${bg.r}, ${bg.g}, ${bg.b})`,
              ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
            });
          }
          return JSON.stringify(texts);
        }
        """;

    /// <summary>
    /// The rendered width of each Cyrillic letter of the table (ten in a row, in the font of a table cell) and of as many
    /// characters that no font has (U+10FFFD, drawn as the missing-glyph box): letters drawn as boxes would all have that width.
    /// </summary>
    public const string CyrillicWidths = """
        () => {
          const cell = document.querySelector('table.rating tbody td:nth-child(2)');
          const letters = [...new Set([...document.querySelector('table.rating').textContent].filter(ch => /[\u0400-\u04FF]/.test(ch)))];
          const measure = text => {
            const span = document.createElement('span');
            span.style.font = getComputedStyle(cell).font;
            span.style.fontSize = '40px';
            span.style.whiteSpace = 'pre';
            span.style.position = 'absolute';
            span.textContent = text;
            document.body.appendChild(span);
            const w = span.getBoundingClientRect().width;
            span.remove();
            return w;
          };
          return JSON.stringify({
            missingGlyph: measure('\u{10FFFD}'.repeat(10)),
            letters: letters.map(ch => ({ letter: ch, width: measure(ch.repeat(10)) })),
          });
        }
        """;

    /// <summary>What the page made of hostile names: script and image elements, a global a script would set, the names' text.</summary>
    public const string Hostile = """
        () => JSON.stringify({
          scripts: document.querySelectorAll('script').length,
          images: document.querySelectorAll('img, iframe, object, embed').length,
          handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
          xss: typeof window.__xss === 'undefined' ? null : String(window.__xss),
          names: [...document.querySelectorAll('table.rating tbody tr')].map(tr => tr.children[1].textContent),
          chartTexts: [...document.querySelectorAll('figure.chart svg text')].map(t => t.textContent.trim()),
          source: document.querySelector('p.source') ? document.querySelector('p.source').textContent : null,
          legend: [...document.querySelectorAll('ul.zones li')].map(li => li.textContent),
        })
        """;
}
