import { EtpError } from '../errors.js';
import { parseUri } from '../schema/index.js';
import type { EtpSession } from '../session/index.js';
import type { StoreContext } from './context.js';

// Transaction (18): one transaction per session, over one or more dataspaces. A write transaction
// holds its dataspaces' write locks until it commits, rolls back or the session closes; a second
// writer is refused at once (ProtocolException 15, EMAX_TRANSACTIONS_EXCEEDED) rather than queued.

const P = 'Energistics.Etp.v12.Protocol.Transaction.';

export function serveTransactions(session: EtpSession, c: StoreContext, on: EtpSession['on']): void {
  on(`${P}StartTransaction`, async (ctx) => {
    const uris = ctx.body.dataspaceUris.length === 0 ? ['eml:///'] : ctx.body.dataspaceUris;
    const paths = uris.map((u) => {
      const parsed = parseUri(u);
      if (parsed.kind !== 'dataspace') throw new EtpError('INVALID_URI', `${u} is not a dataspace uri`);
      return parsed.dataspace ?? '';
    });
    const t = await c.begin(session, ctx.body.readOnly, paths);
    ctx.reply(`${P}StartTransactionResponse`, { transactionUuid: t.id, successful: true, failureReason: '' });
  });

  const finish =
    (commit: boolean) =>
    async (ctx: { body: { transactionUuid: string }; reply: (name: never, body: never) => void }): Promise<void> => {
      const name = `${P}${commit ? 'Commit' : 'Rollback'}TransactionResponse`;
      const t = c.transactionOf(session);
      if (!t || t.id !== ctx.body.transactionUuid.toLowerCase()) {
        const expired = c.takeExpired(session) === ctx.body.transactionUuid.toLowerCase();
        const reason = expired
          ? `transaction ${ctx.body.transactionUuid} was rolled back: it held its dataspaces longer than ${c.transactionTimeoutMs} ms while another writer waited`
          : `no transaction ${ctx.body.transactionUuid} is open in this session`;
        ctx.reply(name as never, { transactionUuid: ctx.body.transactionUuid, successful: false, failureReason: reason } as never);
        return;
      }
      try {
        await c.end(session, commit);
      } catch (err) {
        ctx.reply(name as never, { transactionUuid: t.id, successful: false, failureReason: `the store could not ${commit ? 'commit' : 'roll back'}: ${(err as Error).message}` } as never);
        return;
      }
      ctx.reply(name as never, { transactionUuid: t.id, successful: true, failureReason: '' } as never);
    };
  on(`${P}CommitTransaction`, finish(true) as never);
  on(`${P}RollbackTransaction`, finish(false) as never);
}
