import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import type { DiscussionFieldsFragment, DiscussionParticipantFieldsFragment } from '../../gql/graphql';
import { DiscussionPanel, unreadIds } from './SubmissionDiscussion';
import { MarkDiscussionReadMutation, PostCommentMutation } from './discussion.operations';

type Participant = DiscussionParticipantFieldsFragment;

const chair: Participant = {
  __typename: 'DiscussionParticipant' as const,
  id: 'u1',
  label: 'Carla Chair (chair)',
  role: 'chair',
  person: { __typename: 'User' as const, id: 'u1', name: 'Carla Chair' },
};
const expertA: Participant = {
  __typename: 'DiscussionParticipant' as const,
  id: 'u2',
  label: 'Expert A',
  role: 'reviewer',
  person: null,
};
const me: Participant = {
  __typename: 'DiscussionParticipant' as const,
  id: 'u3',
  label: 'Expert B',
  role: 'reviewer',
  person: null,
};

const comment = (
  id: string,
  author: Participant,
  body: string,
  mine = false,
  mentions: Participant[] = [],
) => ({
  __typename: 'DiscussionComment' as const,
  id,
  body,
  createdAt: '2030-01-10T10:00:00.000Z',
  mine,
  author,
  mentions,
});

const discussion: DiscussionFieldsFragment = {
  __typename: 'Discussion',
  unread: 1,
  comments: [
    comment('c1', expertA, 'The access terms are vague.'),
    comment('c2', me, 'Agreed; who checks requesters?', true),
    comment('c3', chair, 'Let us ask for a named contact.', false, [me]),
  ],
  participants: [chair, expertA],
};

function renderPanel(mocks: unknown[] = []) {
  render(
    <MemoryRouter>
      <MockedProvider mocks={mocks as never[]}>
        <DiscussionPanel submissionId="s1" discussion={discussion} canComment />
      </MockedProvider>
    </MemoryRouter>,
  );
}

const markRead = {
  request: { query: MarkDiscussionReadMutation, variables: { submissionId: 's1' } },
  result: { data: { markDiscussionRead: 0 } },
};

describe('the discussion', () => {
  it('marks the comments by others since the last visit', () => {
    expect(unreadIds(discussion)).toEqual(['c3']);
    expect(unreadIds({ ...discussion, unread: 0 })).toEqual([]);
  });

  it('lists comments oldest first with their authors as given, mentions and the new marker, and marks them read', async () => {
    renderPanel([markRead]);
    const list = screen.getByRole('list', { name: 'Comments, oldest first' });
    const articles = within(list).getAllByRole('article');
    expect(articles.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Comment by Expert A',
      'Comment by Expert B (you)',
      'Comment by Carla Chair (chair)',
    ]);
    expect(within(articles[2] as HTMLElement).getByText('New')).toBeInTheDocument();
    expect(within(articles[0] as HTMLElement).queryByText('New')).not.toBeInTheDocument();
    expect(within(articles[2] as HTMLElement).getByText('@Expert B')).toBeInTheDocument();
    expect(screen.getByText('3 comments · 1 new')).toBeInTheDocument();
  });

  it('posts a comment mentioning a participant chosen in the picker', async () => {
    const user = userEvent.setup();
    const posted = {
      ...discussion,
      unread: 0,
      comments: [...discussion.comments, comment('c4', me, 'A named contact works.', true, [chair])],
    };
    renderPanel([
      markRead,
      {
        request: {
          query: PostCommentMutation,
          variables: { submissionId: 's1', body: 'A named contact works.', mentions: ['u1'] },
        },
        result: { data: { postComment: posted } },
      },
    ]);
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    const body = screen.getByRole('textbox', { name: 'Your comment' });
    expect(await screen.findByText('Write a comment.')).toBeInTheDocument();
    await waitFor(() => expect(body).toHaveFocus());
    await user.type(body, 'A named contact works.');
    await user.click(screen.getByRole('checkbox', { name: 'Carla Chair (chair)' }));
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(
      await screen.findByText('Comment posted; 1 person mentioned is told by email.'),
    ).toBeInTheDocument();
    expect(body).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Carla Chair (chair)' })).not.toBeChecked();
  });
});
