/**
 * Minutes notes are Markdown typed by a person, and may come from another officer's export: the
 * preview must never run or load anything. Two locks, each enough on its own:
 * - markdown-it with html:false writes any HTML in the text as text, and refuses javascript:,
 *   vbscript:, file: and data: link targets;
 * - DOMPurify then keeps only the plain document tags Markdown produces, with no attributes
 *   but `start` on lists and a `title` on links.
 * Links are inert: the app never navigates, so an <a> keeps its text and shows its address as a
 * tooltip, but has no href. Images are not rendered at all (a picture would be a request to
 * somewhere, which the app never makes): `![alt](url)` stays as its text.
 */
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
markdown.disable(['image']);

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
/** Addresses worth showing as a tooltip; anything else is dropped with the href. */
const SHOWN_LINK = /^(https?:|mailto:)/i;

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** One DOMPurify of our own (created on first use, when there is a window), so its hook touches no other caller. */
function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const element = node as Element;
    const href = element.getAttribute('href') ?? '';
    element.removeAttribute('href');
    if (SHOWN_LINK.test(href)) element.setAttribute('title', href);
    else element.removeAttribute('title');
    element.setAttribute('class', 'md-link');
  });
  purifier = instance;
  return instance;
}

/** The safe HTML for a Markdown text: to be set as innerHTML of a preview, and nothing else. */
export function renderMinutesMarkdown(source: string): string {
  const html = markdown.render(source);
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    // `href` must pass sanitizing for the hook to read it; the hook then removes it.
    ALLOWED_ATTR: ['start', 'href', 'title', 'class'],
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}
