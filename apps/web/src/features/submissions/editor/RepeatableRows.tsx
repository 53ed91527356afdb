// The add / remove frame of a list the author edits row by row (hazards, mitigations, affected
// groups, release stages, artifacts). Each row lays itself out and places its remove button; a
// read-only view shows neither button.
import { Fragment } from 'react';
import type { Key, ReactNode } from 'react';

/** Add and remove buttons of repeatable rows; a read-only view shows none. */
export function RowButton(props: {
  hidden?: boolean | undefined;
  danger?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  if (props.hidden) return null;
  const className = `button button--small${props.danger ? ' button--danger' : ''}`;
  return (
    <button type="button" className={className} onClick={props.onClick}>
      {props.children}
    </button>
  );
}

export interface RepeatableRowsProps<T> {
  items: readonly T[];
  readOnly?: boolean | undefined;
  /** A stable key when rows have one (an artifact key); else the position. */
  rowKey?: (item: T, index: number) => Key;
  addLabel: string;
  onAdd: () => void;
  /** The remove button's text, naming the row ("Remove hazard 2") for screen readers. */
  removeLabel: (index: number) => string;
  onRemove: (index: number) => void;
  /** One row; `removeButton` goes where the row wants it. */
  children: (item: T, index: number, removeButton: ReactNode) => ReactNode;
}

export function RepeatableRows<T>({
  items,
  readOnly,
  rowKey,
  addLabel,
  onAdd,
  removeLabel,
  onRemove,
  children,
}: RepeatableRowsProps<T>) {
  return (
    <>
      {items.map((item, i) => (
        <Fragment key={rowKey?.(item, i) ?? i}>
          {children(
            item,
            i,
            <RowButton hidden={readOnly} danger onClick={() => onRemove(i)}>
              {removeLabel(i)}
            </RowButton>,
          )}
        </Fragment>
      ))}
      <RowButton hidden={readOnly} onClick={onAdd}>
        {addLabel}
      </RowButton>
    </>
  );
}

export function replaceAt<T>(list: readonly T[], index: number, change: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? change(item) : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
