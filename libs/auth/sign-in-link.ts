/** How long a sign-in link works: what the link's row allows (libs/identity) and what its mail says (libs/notifications). */
export const SIGN_IN_LINK_MINUTES = 15;
