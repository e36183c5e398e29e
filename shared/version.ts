/** Kept equal to package.json's version (a unit test checks it). */
export const APP_VERSION = '0.1.0';
export const APP_NAME = '充分就业社区工作台';
