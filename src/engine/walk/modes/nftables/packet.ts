/** The walker's packet as the nftables evaluator reads it, and back. */
import type { PacketState } from '../../types.ts';
import type { NftPacket } from './types.ts';

/** `ctState` is conntrack's classification of this packet at this hook (`new` for a connection's first). */
export function toNftPacket(packet: PacketState, ctState: NftPacket['ctState']): NftPacket {
  return {
    src: packet.src,
    dst: packet.dst,
    protocol: packet.protocol,
    ...(packet.sport === undefined ? {} : { sport: packet.sport }),
    ...(packet.dport === undefined ? {} : { dport: packet.dport }),
    mark: packet.mark,
    ctState,
  };
}

/** The walker's packet after an nftables hook: the rewritten destination (DNAT) and the new mark. */
export function applyNftPacket(packet: PacketState, after: NftPacket): PacketState {
  return {
    ...packet,
    dst: after.dst,
    ...(after.dport === undefined ? {} : { dport: after.dport }),
    mark: after.mark,
  };
}
