/** How a fragment that joins another domain's table joins it. */
export type JoinKind = 'JOIN' | 'LEFT JOIN' | 'CROSS JOIN';
