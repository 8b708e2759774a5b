/** Whole lines that are page chrome, not news text. Each row: a pattern and an example line. */
export const FURNITURE_LINES: RegExp[] = [
  /^\d+\s*(?:min|minute)s?\s+read$/i, // "3 Min Read"
  /^share (?:this|the) (?:article|story|post)$/i, // "Share this Article"
  /^leave a (?:comment|reply)$/i, // "Leave a comment"
  /^tagged:?$/i, // "TAGGED:"
  /^(?:advertisement|sponsored|related(?: articles| stories)?|read more|see also)$/i, // "Advertisement"
  /^(?:share|tweet|email|print|comments?)(?:\s*[|/]\s*(?:share|tweet|email|print|comments?))*$/i, // "Share | Tweet"
  /^(?:by\s+)?admin$/i, // "Admin" byline of a CMS
  /^(?:updated|published|posted)[\s\w,:.]{0,42}$/i, // "Updated 3 hours ago" (one bounded class: `\s*:?\s*` before it backtracked)
  /^\d+\s+comments?$/i, // "12 comments"
  /^(?:read more|related|see also|more on this(?: story)?|also read|read also|recommended|most read)\s*:\s*\S.{0,70}$/i, // "Read more: Floods leave 3 dead"
];
