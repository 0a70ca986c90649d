import type { HandlerMap } from '../handler-types';
import { claimTimeline, listClaims } from './claim-list';
import { claimDeleteImpact, createClaim, createClaimFromAnnotation, createClaimFromPassage, deleteClaim,
  restoreClaim, getClaim, updateClaim } from './claims';
import { addEvidence, removeEvidence, reorderEvidence, updateEvidence } from './evidence-edits';

export const claimHandlers = {
  'claims.list': (s, q) => listClaims(s.project, q),
  'claims.get': (s, { uid }) => getClaim(s.project, uid),
  'claims.create': (s, input) => createClaim(s.project, input),
  'claims.createFromAnnotation': (s, input) => createClaimFromAnnotation(s.project, input),
  'claims.createFromPassage': (s, input) => createClaimFromPassage(s.project, input),
  'claims.update': (s, { uid, patch }) => updateClaim(s.project, uid, patch),
  'claims.delete': (s, { uid }) => deleteClaim(s.project, uid),
  'claims.restore': (s, snapshot) => restoreClaim(s.project, snapshot),
  'claims.deleteImpact': (s, { uid }) => claimDeleteImpact(s.project, uid),
  'claims.addEvidence': (s, input) => addEvidence(s.project, input),
  'claims.updateEvidence': (s, input) => updateEvidence(s.project, input),
  'claims.removeEvidence': (s, input) => removeEvidence(s.project, input),
  'claims.reorderEvidence': (s, input) => reorderEvidence(s.project, input),
  'claims.timeline': (s, filter) => claimTimeline(s.project, filter),
} satisfies HandlerMap<'claims.'>;
