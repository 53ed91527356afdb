import { graphql } from '../../gql';

export const NotificationChoiceFieldsFragment = graphql(`
  fragment NotificationChoiceFields on NotificationChoice {
    kind
    label
    delivery
    chosen
    required
  }
`);

export const NotificationSettingsFieldsFragment = graphql(`
  fragment NotificationSettingsFields on NotificationSettings {
    timeZone
    digestHour
    nextDigestAt
    general {
      ...NotificationChoiceFields
    }
    venues {
      venueId
      venueName
      venueShortName
      choices {
        ...NotificationChoiceFields
      }
    }
  }
`);

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    notificationSettings {
      ...NotificationSettingsFields
    }
  }
`);

export const SetNotificationDeliveryMutation = graphql(`
  mutation SetNotificationDelivery($input: SetNotificationDeliveryInput!) {
    setNotificationDelivery(input: $input) {
      ...NotificationSettingsFields
    }
  }
`);

export const SetDigestScheduleMutation = graphql(`
  mutation SetDigestSchedule($input: SetDigestScheduleInput!) {
    setDigestSchedule(input: $input) {
      ...NotificationSettingsFields
    }
  }
`);

export const UnsubscribeLinkQuery = graphql(`
  query UnsubscribeLink($token: String!) {
    unsubscribeLink(token: $token) {
      kind
      kindLabel
      venueName
      unsubscribed
    }
  }
`);

export const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      kind
      kindLabel
      venueName
      unsubscribed
    }
  }
`);
