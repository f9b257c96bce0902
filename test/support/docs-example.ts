// The docs' own POST /task example (docs/mileapp-api.md §2.1), verbatim: the one copy the API tests,
// the flow tests, the benchmarks and the soak send.
export const JAKARTA = '634e98498ce07d29474a7e29';

export const DOCS_BODY = {
  flow: 'Visit',
  hubId: JAKARTA,
  field1: 'Jack Ward',
  field2: 'Gambir Jakarta',
  field3: '-6.230815251,106.75684387',
  startTime: '2022-11-02T07:28:23+00:00',
  endTime: '2022-11-05T07:28:23+00:00',
};
