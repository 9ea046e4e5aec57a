// How long a message's fields may be: ids are short, and the page sends no more title or
// address than these (the study log keeps less still).
export const MAX_ID = 100;
export const MAX_TITLE = 1000;
export const MAX_URL = 8192;
