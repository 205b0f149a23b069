import { Navigate } from 'react-router';
import { useCurrentUser } from '../shared/session/current-user';

/** Where "/" leads: executives to the portfolio, made for them; everyone else to the programs they work on. */
export function HomeRedirect() {
  return <Navigate to={useCurrentUser().role === 'executive' ? '/portfolio' : '/programs'} replace />;
}
