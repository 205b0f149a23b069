import { describe, expect, it } from 'vitest';
import { filterUsers, sortUsers, type ListedUser } from './user-list';

function user(name: string, overrides: Partial<ListedUser> = {}): ListedUser {
  return { name, email: `${name.toLowerCase().replace(/\s+/g, '.')}@northwind.example`, role: 'executive', active: true, units: [], ...overrides };
}

const ada = user('Ada Okafor', { role: 'admin' });
const marco = user('Marco Rossi', { role: 'regional_partner', units: [{ name: 'DACH', code: 'EMEA-DACH' }] });
const erin = user('Erin Walsh', { active: false });

describe('filterUsers', () => {
  it('matches name, email, role label and unit, ignoring case', () => {
    expect(filterUsers([ada, marco, erin], 'ROSSI')).toEqual([marco]);
    expect(filterUsers([ada, marco, erin], 'erin.walsh@')).toEqual([erin]);
    expect(filterUsers([ada, marco, erin], 'emea-dach')).toEqual([marco]);
    expect(filterUsers([ada, marco, erin], 'partner')).toEqual([marco]);
    expect(filterUsers([ada, marco, erin], '  ')).toEqual([ada, marco, erin]);
  });
});

describe('sortUsers', () => {
  it('sorts by the chosen column in either direction', () => {
    expect(sortUsers([marco, erin, ada], { field: 'name', direction: 'asc' })).toEqual([ada, erin, marco]);
    expect(sortUsers([marco, erin, ada], { field: 'name', direction: 'desc' })).toEqual([marco, erin, ada]);
    expect(sortUsers([marco, erin, ada], { field: 'role', direction: 'asc' }).map((u) => u.role)).toEqual([
      'admin',
      'executive',
      'regional_partner',
    ]);
    expect(sortUsers([marco, erin, ada], { field: 'status', direction: 'desc' })).toEqual([erin, ada, marco]);
  });
});
