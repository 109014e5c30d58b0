/*
 * The PDF and outline renderers read fonts and data files relative to their
 * own modules, so the one-file bundle of the command leaves them out and
 * swaps this module for one that imports them through its loader.
 */
export const importPdf = (): Promise<typeof import('@gongwen/render-pdf')> => import('@gongwen/render-pdf')
export const importOutline = (): Promise<typeof import('@gongwen/render-outline')> => import('@gongwen/render-outline')
