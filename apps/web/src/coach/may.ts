import { mayDo, type WorkKind } from '@carechain/domain';
import { useSession } from '../session/session';

/** Whether the signed-in role holds this kind of work: pages hide what the gateway would refuse. */
export function useMay(work: WorkKind): boolean {
  const { session } = useSession();
  return mayDo(work, [session.role]);
}
