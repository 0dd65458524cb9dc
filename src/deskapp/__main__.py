from deskapp.app import main

raise SystemExit(main())
