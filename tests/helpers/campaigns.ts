import type { VaultContext } from '../../src/main/core/context';
import { addMember } from '../../src/main/roll/members';
import type { MemberInput } from '../../src/shared/roll';

/** Adds members; returns their ids in order. */
export function addMembers(context: VaultContext, members: MemberInput[]): string[] {
  return members.map((member) => addMember(context, member).id);
}

/** `count` members of one building, units across floors: 1A, 1B, 2A, 2B, … */
export function building(name: string, floors: number, perFloor: number, extra: MemberInput = {}): MemberInput[] {
  const members: MemberInput[] = [];
  for (let floor = 1; floor <= floors; floor++) {
    for (let index = 0; index < perFloor; index++) {
      members.push({ first_name: `${name}${floor}${String.fromCharCode(65 + index)}`, last_name: 'Tenant', building: name, unit: `${floor}${String.fromCharCode(65 + index)}`, status: 'member', ...extra });
    }
  }
  return members;
}

