import { Either, left, right } from 'fp-ts/Either';
import { decodeWith } from '@council-partnerships/domain';
import { CorruptSnapshot, corruptSnapshot } from '../errors';
import { ProjectionSnapshot, ProjectionSnapshotCodec } from './port';

/** Parses and checks stored snapshot text; anything unexpected is `CorruptSnapshot`, never a throw. */
export const decodeSnapshotText = (
  projection: string,
  text: string,
): Either<CorruptSnapshot, ProjectionSnapshot> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return left(
      corruptSnapshot(projection, `not JSON (${error instanceof Error ? error.message : String(error)})`),
    );
  }
  const decoded = decodeWith(ProjectionSnapshotCodec, 'snapshot')(parsed);
  if (decoded._tag === 'Left') return left(corruptSnapshot(projection, decoded.left.message));
  if (decoded.right.projection !== projection) {
    return left(corruptSnapshot(projection, `it holds projection ${decoded.right.projection}`));
  }
  return right(decoded.right);
};
