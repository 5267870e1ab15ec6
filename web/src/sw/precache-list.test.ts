import { describe, expect, it } from 'vitest';
import { precacheList } from '../../service-worker-plugin';

describe('precacheList', () => {
  it('keeps the shell and the young person’s pages with what they import, and leaves staff pages out', () => {
    const list = precacheList(
      [
        { fileName: 'assets/index-a.js', isEntry: true, facadeModuleId: '/r/web/index.html', imports: ['assets/index-a.css'] },
        {
          fileName: 'assets/interview-pages-b.js',
          isEntry: false,
          facadeModuleId: '/r/web/src/youth/interview-pages.tsx',
          imports: ['assets/labels-c.js'],
        },
        { fileName: 'assets/labels-c.js', isEntry: false, facadeModuleId: null, imports: [] },
        { fileName: 'assets/staff-pages-d.js', isEntry: false, facadeModuleId: null, imports: ['assets/staff-only-e.js'] },
        { fileName: 'assets/staff-only-e.js', isEntry: false, facadeModuleId: null, imports: [] },
      ],
      ['manifest.webmanifest', 'icons/icon-192.png'],
    );

    expect(list).toEqual([
      '/',
      '/assets/index-a.css',
      '/assets/index-a.js',
      '/assets/interview-pages-b.js',
      '/assets/labels-c.js',
      '/config.json',
      '/icons/icon-192.png',
      '/manifest.webmanifest',
    ]);
  });
});
