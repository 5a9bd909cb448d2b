import { loadConfig } from '../libs/config/load-config';
import { registerSearchAttributes } from './stack/register-search-attributes';

/** `./mentorflow register-search-attributes`: temporal.yaml's search attributes on the cluster at TEMPORAL_ADDRESS, once. */
registerSearchAttributes(loadConfig().temporal, (line) => console.log(line));
