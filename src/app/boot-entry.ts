/**
 * The first script of the page (index.html loads it `async`, ahead of the app's entry; vite.config.ts adds it at
 * build): starts the import worker's bootstrap — store opened, bundled dataset checked and, on a first visit, stored
 * — while the app's JavaScript is still loading. The app's bootstrap read takes this run (src/reads/bootstrap-start.ts).
 */
import { startBootstrap } from '../reads/bootstrap-start';

startBootstrap();
