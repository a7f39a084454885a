// @vitest-environment jsdom
/**
 * The minutes preview: hostile text in notes (typed, or imported from another officer) renders
 * as inert text; ordinary Markdown still reads as a document.
 */
import { describe, expect, it } from 'vitest';
import { renderMinutesMarkdown } from '../../src/renderer/src/minutes/markdown';

/** The rendered HTML, parsed as the preview would hold it. */
function rendered(source: string): HTMLDivElement {
  const host = document.createElement('div');
  host.innerHTML = renderMinutesMarkdown(source);
  return host;
}

/** Every attribute in the tree that could run code or reach anywhere. */
function activeAttributes(host: Element): string[] {
  const found: string[] = [];
  for (const element of host.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || name === 'href' || name === 'src' || name === 'style' || name === 'xlink:href' || name === 'srcset') {
        found.push(`${element.tagName}[${name}=${attribute.value}]`);
      }
    }
  }
  return found;
}

const ACTIVE_TAGS = 'script, img, svg, iframe, object, embed, style, link, meta, form, input, math, video, audio, source, base';

describe('renderMinutesMarkdown', () => {
  it('renders ordinary Markdown: headings, lists, bold, italics, code, links', () => {
    const host = rendered('## Rent strike\n\n- **Two** buildings\n- _Maple_ Court\n\n1. first\n2. second\n\n`code` and [the union](https://example.org/union)');
    expect(host.querySelector('h2')?.textContent).toBe('Rent strike');
    expect([...host.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['Two buildings', 'Maple Court']);
    expect(host.querySelector('strong')?.textContent).toBe('Two');
    expect(host.querySelector('em')?.textContent).toBe('Maple');
    expect(host.querySelectorAll('ol > li')).toHaveLength(2);
    expect(host.querySelector('code')?.textContent).toBe('code');
    const link = host.querySelector('a');
    expect(link?.textContent).toBe('the union');
    // Inert: the address is shown, never followed.
    expect(link?.hasAttribute('href')).toBe(false);
    expect(link?.getAttribute('title')).toBe('https://example.org/union');
  });

  it('keeps line breaks a secretary types and turns bare addresses into inert links', () => {
    const host = rendered('Motion passed\nunanimously. See https://example.org');
    expect(host.querySelector('br')).not.toBeNull();
    expect(host.querySelector('a')?.getAttribute('title')).toBe('https://example.org');
    expect(activeAttributes(host)).toEqual([]);
  });

  it('writes a <script> as text', () => {
    const host = rendered('<script>window.__xss=1</script>');
    expect(host.querySelector('script')).toBeNull();
    expect(host.textContent).toContain('<script>window.__xss=1</script>');
  });

  it('writes <img onerror> and <svg onload> as text', () => {
    const host = rendered('<img src=x onerror=window.__xss=1>\n\n<svg onload=window.__xss=1>');
    expect(host.querySelector(ACTIVE_TAGS)).toBeNull();
    expect(activeAttributes(host)).toEqual([]);
    expect(host.textContent).toContain('<img src=x onerror=window.__xss=1>');
    expect(host.textContent).toContain('<svg onload=window.__xss=1>');
  });

  it('drops javascript:, vbscript: and data: link targets, however they are spelled', () => {
    const sources = [
      '[x](javascript:window.__xss=1)',
      '[x](JaVaScRiPt:alert(1))',
      '[x](java\tscript:alert(1))',
      '[x](&#106;avascript:alert(1))',
      '[x](vbscript:msgbox(1))',
      '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<javascript:alert(1)>',
      '![x](data:image/png;base64,iVBORw0KGgo=)',
      '![x](https://tracker.example/pixel.png)',
      '[x](file:///etc/passwd)',
    ];
    for (const source of sources) {
      const host = rendered(source);
      expect(activeAttributes(host), source).toEqual([]);
      expect(host.querySelector(ACTIVE_TAGS), source).toBeNull();
      for (const link of host.querySelectorAll('a')) expect(link.getAttribute('title') ?? '', source).not.toMatch(/script|data:|file:/i);
    }
  });

  it('keeps malformed and nested HTML inert', () => {
    const sources = [
      '<<script>script>alert(1)<</script>/script>',
      '<scr<script>ipt>alert(1)</script>',
      '<a href="javascript:alert(1)">x</a>',
      '<div style="background:url(javascript:alert(1))">x',
      '<iframe srcdoc="<script>alert(1)</script>">',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '"><img src=x onerror=alert(1)>',
      '```\n<script>alert(1)</script>\n```',
      '<details open ontoggle=alert(1)>',
    ];
    for (const source of sources) {
      const host = rendered(source);
      expect(host.querySelector(ACTIVE_TAGS), source).toBeNull();
      expect(host.querySelector('a[href], div, iframe, details'), source).toBeNull();
      expect(activeAttributes(host), source).toEqual([]);
    }
  });

  it('never lets a link carry an href, even an ordinary one', () => {
    const host = rendered('[mail](mailto:secretary@example.org) [web](http://example.org) <https://example.org/x>');
    const links = [...host.querySelectorAll('a')];
    expect(links).toHaveLength(3);
    for (const link of links) expect(link.hasAttribute('href')).toBe(false);
    expect(links.map((link) => link.getAttribute('title'))).toEqual(['mailto:secretary@example.org', 'http://example.org', 'https://example.org/x']);
  });
});
