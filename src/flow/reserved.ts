// Keys a POST /task body may not use for flow values (mileapp-api.md §5.4, GET /flow/{flowName}/fields →
// reservedKey): MileApp stores them on the task itself, so a component value under such a key would collide.

const RESERVED =
  '_id flow flowId organizationId hub hubId isDeleted title content label orderIndex status startTime ' +
  'endTime updatedTime assignee assignedTo assignedBy assignedTime createdBy createdFrom createdTime doneBy ' +
  'doneCoordinate doneTime openTaskTime waitingTime travelDuration duration distance eta etd ' +
  'assignedVehicleId assignedVehicle routePlannedOrder expectedCoordinate refId createdCoordinate ' +
  'organization isSample doneFrom expectedDoneTime geoLock geoLockTrigger idLocal idleDuration updatedBy ' +
  'useGeoLock syncedTime histories Handover routingResultId parentTaskId autoSplit splitNumber ' +
  'useVisitGroup visitGroup visitGroupPriority appVersion deviceInformation automationRefId ' +
  'automationRefType taskType parentId subId workflow';

export const RESERVED_KEYS: ReadonlySet<string> = new Set(RESERVED.split(' '));

/** The keys of a POST /task body that are not component values (mileapp-api.md §2.1). */
export const FIXED_KEYS: ReadonlySet<string> = new Set([
  'flow',
  'hubId',
  'startTime',
  'endTime',
  'assignee',
  'refId',
]);
