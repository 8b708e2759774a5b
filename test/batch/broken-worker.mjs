// A worker script that cannot even load (as with a broken install).
throw new Error('cannot load');
