import { redactPath, redactUrl, scrubText } from '../../src/telemetry/url-redaction';
import { verbLabel } from '../../src/telemetry/otel-telemetry';

const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const user = '29:1AbcDefGhiJkl';
const aad = '6b5f4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d';

describe('URLs in telemetry keep their shape and lose every id', () => {
  it('when a table point read is traced, then only the account host and the table name remain', () => {
    const url = `https://stpositie.table.core.windows.net/positiepeople(PartitionKey='${tenant}_${aad}',RowKey='profile')?$select=a`;
    expect(redactUrl(url)).toBe('https://stpositie.table.core.windows.net/positiepeople(...)');
  });

  it('when an Azurite query with a key filter is traced, then the account segment and the filter are gone', () => {
    const url = `http://127.0.0.1:10002/devstoreaccount1/positiedue()?%24filter=PartitionKey%20eq%20'${tenant}'`;
    expect(redactUrl(url)).toBe('http://127.0.0.1:10002/:id/positiedue(...)');
    expect(redactUrl('http://127.0.0.1:10002/devstoreaccount1/%24batch')).toBe('http://127.0.0.1:10002/:id/$batch');
  });

  it('when a Bot Connector send is traced, then conversation and activity ids become :id, even word-like ones', () => {
    expect(redactUrl(`https://smba.trafficmanager.net/emea/v3/conversations/a%3A1${encodeURIComponent(user)}/activities/1700000000000`)).toBe('https://smba.trafficmanager.net/emea/v3/conversations/:id/activities/:id');
    expect(redactPath('/v3/conversations/onlyletters/activities')).toBe('/v3/conversations/:id/activities');
  });

  it('when the export route or a path with a query is traced, then the token and the query are gone', () => {
    expect(redactPath('/export/abc.123.def?format=html')).toBe('/export/:id');
    expect(redactPath('/api/messages')).toBe('/api/messages');
  });

  it('when free text quotes a URL, a key filter or key arguments, then they are scrubbed', () => {
    const text = `GET https://x.example/v3/conversations/${user}/activities failed; PartitionKey eq '${tenant}' and (PartitionKey='${tenant}',RowKey='${aad}')`;
    const scrubbed = scrubText(text);
    for (const id of [tenant, aad, user]) expect(scrubbed).not.toContain(id);
    expect(scrubbed).toContain("PartitionKey eq '...'");
  });

  it('when a card verb is not one of ours, then its metric label is other', () => {
    expect(verbLabel('reflection.answer')).toBe('reflection.answer');
    expect(verbLabel('history.week')).toBe('history.week');
    // old verb: a card already in a chat still says 'skip'; it counts as the verb it is now.
    expect(verbLabel('skip')).toBe('reflection.skip');
    expect(verbLabel('Wilhelmina')).toBe('other');
    expect(verbLabel(undefined)).toBe('other');
  });
});
