import { Either, left, right } from 'fp-ts/Either';
import { decodeWith, parseJsonText } from '@council-partnerships/domain';
import { CorruptSnapshot, corruptSnapshot } from '../errors';
import { ProjectionSnapshot, ProjectionSnapshotCodec } from './port';

/** Parses and checks stored snapshot text; anything unexpected is `CorruptSnapshot`, never a throw. */
export const decodeSnapshotText = (
  projection: string,
  text: string,
): Either<CorruptSnapshot, ProjectionSnapshot> => {
  const parsed = parseJsonText(text);
  if (parsed._tag === 'Left') return left(corruptSnapshot(projection, `not JSON (${parsed.left})`));
  const decoded = decodeWith(ProjectionSnapshotCodec, 'snapshot')(parsed.right);
  if (decoded._tag === 'Left') return left(corruptSnapshot(projection, decoded.left.message));
  if (decoded.right.projection !== projection) {
    return left(corruptSnapshot(projection, `it holds projection ${decoded.right.projection}`));
  }
  return right(decoded.right);
};
