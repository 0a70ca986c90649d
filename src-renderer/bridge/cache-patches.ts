import type { ApiInput, ApiOutput } from '@common/api/contract';
import type { WriteCall } from '@common/api/invalidation';
import type { Annotation, AnnotationPage } from '@common/api/schemas/annotations';
import { apiKey } from './use-api-query';
import { queryClient } from './query-client';

// Writes whose answer is the new state of what was cached: the cache takes the answer instead of
// asking again (a note saved while 500 annotations are listed does not reload the 500).

function replaceAnnotation(a: Annotation): void {
  queryClient.setQueriesData<AnnotationPage>({ queryKey: ['annotations.list'] }, (page) =>
    page?.items.some((x) => x.uid === a.uid) ? { ...page, items: page.items.map((x) => (x.uid === a.uid ? a : x)) } : page,
  );
  queryClient.setQueryData(apiKey('annotations.get', { uid: a.uid }), a);
}

type Patch<C extends WriteCall> = (input: ApiInput<C>, output: ApiOutput<C>) => void;

export const PATCHES: { [C in WriteCall]?: Patch<C> } = {
  'annotations.update': (_input, a) => replaceAnnotation(a),
  'arguments.update': (input, argument) => queryClient.setQueryData(apiKey('arguments.get', { uid: input.uid }), argument),
};
