import { serveWorker } from './serve.js'

serveWorker()
