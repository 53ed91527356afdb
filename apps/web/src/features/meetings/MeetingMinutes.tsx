// The minutes the server wrote when the meeting ended (plain text, with the items the reader was
// recused from left out), shown as they are and downloadable as a text file.
import { useState } from 'react';

/** "Full review, May 2031" → "full-review-may-2031-minutes.txt". */
export function minutesFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'meeting'}-minutes.txt`;
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click returned; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function MeetingMinutes({ title, minutes }: { title: string; minutes: string }) {
  const [saved, setSaved] = useState(false);
  const fileName = minutesFileName(title);
  return (
    <section className="card stack" aria-labelledby="minutes-title">
      <div className="card__header">
        <h3 id="minutes-title" tabIndex={-1}>
          Minutes
        </h3>
        <button
          type="button"
          className="button"
          onClick={() => {
            download(minutes, fileName);
            setSaved(true);
          }}
        >
          Download the minutes (.txt)
        </button>
      </div>
      <p className="small muted" role="status">
        {saved
          ? `Downloaded as ${fileName}.`
          : 'Written by the system when the meeting ended; they cannot be edited.'}
      </p>
      <pre className="meeting-minutes">{minutes}</pre>
    </section>
  );
}
