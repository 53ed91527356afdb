// Public surface of discussion: a statement's discussion among its chairs and reviewers, and the authors' response.
export { DiscussionModule } from './discussion.module';
