/**
 * Exact fixed-point formatting of a double, rounding half to even on the exact binary value: what glibc
 * `printf("%.Nf")` and Go `fmt.Sprintf("%0.Nf")` both do. `Number.prototype.toFixed` rounds ties upward, so it
 * would differ from the real tools on exact ties (e.g. 2^-12 to 11 places).
 */

/** `x` (finite) with exactly `digits` digits after the point. */
export function formatFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) throw new Error(`cannot format ${x}`);
  const negative = x < 0 || Object.is(x, -0);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  // x = mantissa * 2^exponent exactly.
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  const scaled = mantissa * 10n ** BigInt(digits);
  let units: bigint;
  if (exponent >= 0) {
    units = scaled << BigInt(exponent);
  } else {
    const divisor = 1n << BigInt(-exponent);
    units = scaled / divisor;
    const twice = (scaled % divisor) * 2n;
    if (twice > divisor || (twice === divisor && units % 2n === 1n)) units += 1n;
  }
  const text = units.toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const body = digits > 0 ? `${whole}.${text.slice(text.length - digits)}` : whole;
  return negative && units !== 0n ? `-${body}` : body;
}
