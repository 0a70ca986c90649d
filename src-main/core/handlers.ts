import type { ApiCall } from '@common/api/calls';
import type { Handler } from './handler-types';
import { libraryHandlers } from './library/handlers';
import { projectHandlers } from './project/handlers';
import { sessionHandlers } from './session/handlers';
import { themeHandlers } from './themes/handlers';
import { annotationHandlers } from './annotate/handlers';
import { claimHandlers } from './claims/handlers';
import { citationHandlers } from './citations/handlers';
import { argumentHandlers } from './arguments/handlers';
import { searchHandlers } from './search/handlers';
import { analysisHandlers } from './analysis/handlers';
import { codingHandlers, savedSearchHandlers } from './coding/handlers';
import { achHandlers } from './ach/handlers';
import { exportHandlers } from './export/handlers';
import { backupHandlers } from './backup/handlers';
import { interchangeHandlers } from './interchange/handlers';
import { copyHandlers } from './copies/handlers';

/** Every call's handler; a call in calls.ts without one here is a compile error. */
export const handlers: { [C in ApiCall]: Handler<C> } = {
  ...projectHandlers,
  ...sessionHandlers,
  ...libraryHandlers,
  ...themeHandlers,
  ...annotationHandlers,
  ...claimHandlers,
  ...citationHandlers,
  ...argumentHandlers,
  ...searchHandlers,
  ...analysisHandlers,
  ...codingHandlers,
  ...savedSearchHandlers,
  ...achHandlers,
  ...exportHandlers,
  ...interchangeHandlers,
  ...backupHandlers,
  ...copyHandlers,
};
