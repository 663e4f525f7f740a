/**
 * The Share / Embed dialog's English strings, loaded with the dialog's chunk rather than the
 * first download (see messages.ts): most readers never open it.
 */
import { registerEnglish } from './messages.ts';

export const enShare = {
  'share.title': 'Share / Embed',
  'share.close': 'Close',
  'share.linkLabel': 'Link to this view',
  'share.linkHelp': 'Opens the story at the event, place, issues and period you are looking at.',
  'share.copyLink': 'Copy link',
  'share.embedLabel': 'Embed code',
  'share.embedHelp': 'Paste into your article’s HTML. The frame sizes itself to the story and keeps the reader’s view in your page’s link.',
  'share.copyEmbed': 'Copy embed code',
  'share.copied': 'Copied to the clipboard.',
  'share.copyFailed': 'Could not copy: the text is selected, press Ctrl+C or ⌘+C.',
  'share.withTitle': 'Show the headline in the embed',
} as const;

registerEnglish(enShare);
