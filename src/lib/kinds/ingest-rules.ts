/**
 * The kinds the drafting tool knows, in the order their cues are tried: a sentence's first few
 * cues give its events. Exchanges and strikes come first (their cues are the most specific), and
 * meetings last (their cue words — talks, summit — also colour sentences about other events).
 */
import type { KindRules } from '../ingest/kind-rules';
import { callIngest } from './call.ingest';
import { deploymentIngest } from './deployment.ingest';
import { exchangeIngest } from './exchange.ingest';
import { meetingIngest } from './meeting.ingest';
import { strikeIngest } from './strike.ingest';
import { tradeIngest } from './trade.ingest';
import { travelIngest } from './travel.ingest';
import { visitIngest } from './visit.ingest';

export const INGEST_RULES: readonly KindRules[] = [exchangeIngest, strikeIngest, callIngest, deploymentIngest, tradeIngest, travelIngest, visitIngest, meetingIngest];
