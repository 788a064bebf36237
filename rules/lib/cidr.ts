/** IPv4 CIDR arithmetic shared by the CIDR rules of both dialects. */

/** A parsed `a.b.c.d/n`. */
export interface Cidr {
  address: number;
  prefix: number;
}

/** The private ranges a VPC may use (RFC 1918), with the smallest mask each allows for a VPC. */
const PRIVATE_RANGES = [
  { cidr: '10.0.0.0/8', address: 0x0a000000, prefix: 8, minMask: 12 },
  { cidr: '172.16.0.0/12', address: 0xac100000, prefix: 12, minMask: 12 },
  { cidr: '192.168.0.0/16', address: 0xc0a80000, prefix: 16, minMask: 16 },
] as const;

/**
 * Parses `a.b.c.d/n` with octets 0–255 written without leading zeros and n 0–32. By hand rather
 * than with a pattern: rules run it on every document, and this builds nothing but the result.
 */
export function parseCidr(text: string): Cidr | undefined {
  let address = 0;
  let i = 0;
  // Four octets, each ended by its separator, then the prefix length, ended by the text's end.
  for (let part = 0; part < 5; part++) {
    const start = i;
    let value = 0;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) value = value * 10 + (c - 48);
    const digits = i - start;
    if (digits === 0 || digits > (part < 4 ? 3 : 2) || (digits > 1 && text.charCodeAt(start) === 48)) return undefined;
    if (part === 4) return i === text.length && value <= 32 ? { address, prefix: value } : undefined;
    if (value > 255 || text.charCodeAt(i) !== (part < 3 ? 46 : 47)) return undefined;
    address = address * 256 + value;
    i++;
  }
  return undefined;
}

/** The network mask of a prefix length, as an unsigned 32-bit number. */
export function mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Dotted-quad text of an address. */
function formatAddress(address: number): string {
  return [24, 16, 8, 0].map((s) => (address >>> s) & 255).join('.');
}

/** The private range that contains the whole block, if any. */
function privateRangeOf(c: Cidr): (typeof PRIVATE_RANGES)[number] | undefined {
  return PRIVATE_RANGES.find((r) => c.prefix >= r.prefix && ((c.address & mask(r.prefix)) >>> 0) === r.address);
}

/** A problem with a CIDR value: its severity and one sentence saying what is wrong. */
export interface CidrProblem {
  severity: 'error' | 'warning';
  detail: string;
  /** For host bits set: the network address the detail names (the `--fix` replacement). */
  network?: string;
}

/**
 * What makes a text not a private IPv4 network (the errors both dialects share): not `a.b.c.d/n`,
 * host bits set (the detail gives the network address), or outside the RFC 1918 ranges.
 */
export function checkPrivateNetwork(text: string): CidrProblem | undefined {
  const c = parseCidr(text);
  if (!c) {
    return {
      severity: 'error',
      detail: `${JSON.stringify(text)} is not an IPv4 CIDR block a.b.c.d/n (octets 0–255 without leading zeros, n from 0 to 32).`,
    };
  }
  const network = (c.address & mask(c.prefix)) >>> 0;
  if (network !== c.address) {
    const fixed = `${formatAddress(network)}/${c.prefix}`;
    return { severity: 'error', detail: `${text} has host bits set; the network address is ${fixed}.`, network: fixed };
  }
  if (!privateRangeOf(c)) {
    return { severity: 'error', detail: `${text} is not inside a private range (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16).` };
  }
  return undefined;
}

/** What is wrong with a VPC CIDR block, as an error or a warning with one sentence each; undefined when it is fine. */
export function checkVpcCidr(text: string): CidrProblem | undefined {
  const problem = checkPrivateNetwork(text);
  if (problem) return problem;
  const c = parseCidr(text)!;
  const range = privateRangeOf(c)!;
  if (c.prefix < range.minMask || c.prefix > 24) {
    return {
      severity: 'warning',
      detail: `${text} has a /${c.prefix} mask; inside ${range.cidr} the mask should be from ${range.minMask} to 24, or creating the VPC may fail.`,
    };
  }
  return undefined;
}
