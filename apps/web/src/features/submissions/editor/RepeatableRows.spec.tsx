import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RepeatableRows, removeAt, replaceAt } from './RepeatableRows';

function Groups({ initial, readOnly }: { initial: string[]; readOnly?: boolean }) {
  const [groups, setGroups] = useState(initial);
  return (
    <RepeatableRows
      items={groups}
      readOnly={readOnly}
      addLabel="Add group"
      onAdd={() => setGroups((g) => [...g, `new ${g.length + 1}`])}
      removeLabel={(i) => `Remove group ${i + 1}`}
      onRemove={(i) => setGroups((g) => removeAt(g, i))}
    >
      {(group, i, removeButton) => (
        <fieldset>
          <legend>Group {i + 1}</legend>
          <span>{group}</span>
          {removeButton}
        </fieldset>
      )}
    </RepeatableRows>
  );
}

describe('RepeatableRows', () => {
  it('renders each row with its own remove button, and adds and removes rows', async () => {
    const user = userEvent.setup();
    render(<Groups initial={['farmers', 'voice actors', 'journalists']} />);
    expect(screen.getAllByRole('group')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Remove group 2' }));
    const rows = screen.getAllByRole('group');
    expect(rows.map((row) => within(row).getByText(/\w+/, { selector: 'span' }).textContent)).toEqual([
      'farmers',
      'journalists',
    ]);
    expect(within(rows[1]).getByRole('button')).toHaveAccessibleName('Remove group 2');
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    expect(screen.getAllByRole('group')).toHaveLength(3);
    expect(screen.getByText('new 3')).toBeInTheDocument();
  });

  it('shows no buttons when read-only', () => {
    render(<Groups initial={['farmers']} readOnly />);
    expect(screen.getByText('farmers')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('list helpers', () => {
  it.each([
    [['a', 'b', 'c'], 0, ['b', 'c']],
    [['a', 'b', 'c'], 2, ['a', 'b']],
    [['a'], 0, []],
    [['a', 'b'], 5, ['a', 'b']],
  ])('removeAt(%p, %p) is %p', (list, index, expected) => {
    expect(removeAt(list, index)).toEqual(expected);
  });

  it('replaceAt changes one item and leaves the list it was given alone', () => {
    const list = [1, 2, 3];
    expect(replaceAt(list, 1, (n) => n * 10)).toEqual([1, 20, 3]);
    expect(list).toEqual([1, 2, 3]);
  });
});
