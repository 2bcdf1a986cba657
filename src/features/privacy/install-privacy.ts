import type { Server } from 'restify';
import type { BotServices } from '../services';
import type { TableStore } from '../../store/table-store';
import { guardActivityRequests } from '../../http/activity-guard';
import { addExportRoute } from './export-route';
import { registerPrivacyContext } from './privacy-context';

/**
 * Called once by the composition root: hardens every request (headers, activity shape), gives
 * export, delete and retention the table store and the link secret, and serves download links
 * at `/export/<token>`.
 */
export function installPrivacy(server: Server, services: BotServices, tables: TableStore): void {
  guardActivityRequests(server);
  addExportRoute(server, services, registerPrivacyContext(services, tables));
}
