// Answers the web app tells apart by their code, not only their status: the UPSTREAM gateway's 409 for
// a task MileApp may have created already (docs/decisions/060) is final, unlike a retry of an unknown.

/** 409: the key's request reached MileApp but no answer came back; the task may exist */
export const MAY_ALREADY_EXIST_CODE = 'task-031';
