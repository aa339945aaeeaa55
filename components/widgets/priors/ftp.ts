import { parseFraction } from '@intermittent-distillations/compute/priors';
import { FTP_MAX, FTP_MIN } from './params';

/** The ftp slider's step, on its log scale's value grid: fine enough that 1/N lands near 1/N. */
export const FTP_SLIDER_STEP = 1e-9;

/**
 * Slider ftp values near 1/N snap to 1/N (within a third of a slider step), so links read "1/302".
 * @example snapFtp(0.0033334) // 1/300
 */
export function snapFtp(v: number): number {
  const n = Math.round(1 / v);
  return n >= 2 && Math.abs(n * v - 1) <= 0.0025 ? 1 / n : v;
}

/** The slider's value text: "1/300". */
export const formatFtpSlider = (v: number) => `1/${Number((1 / v).toPrecision(4))}`;

/**
 * Typed ftp: the model's own fraction parser, then the slider's range; messages say what is expected.
 * @example parseFtpText('1/100') // 0.01
 */
export function parseFtpText(text: string): number {
  let v: number;
  try {
    v = parseFraction(text, 'a first-trial probability');
  } catch (e) {
    const message = e instanceof Error ? e.message.replace(/^parseFraction:\s*/, '') : 'not understood';
    throw new Error(`${message.charAt(0).toUpperCase()}${message.slice(1)}.`);
  }
  if (v < FTP_MIN || v > FTP_MAX) throw new Error(`Expected a first-trial probability from 1/3000 to 1/2, received "${text}".`);
  return v;
}
